package chokepoint.analysis;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuantilesTest {
    @Test
    void linearBetweenOrderStatistics() {
        double[] v = {5, 1, 4, 2, 3, 10, 9, 8, 7, 6, 0};   // 0..10 shuffled
        assertEquals(1.0, Quantiles.of(v, 0.1), 1e-12);
        assertEquals(5.0, Quantiles.of(v, 0.5), 1e-12);
        assertEquals(9.0, Quantiles.of(v, 0.9), 1e-12);
        assertEquals(0.0, Quantiles.of(v, 0), 1e-12);
        assertEquals(10.0, Quantiles.of(v, 1), 1e-12);
        assertEquals(5, v[0], "the input is not reordered");
    }

    @Test
    void interpolatesAndHandlesSmallSamples() {
        assertEquals(2.5, Quantiles.of(new double[] {1, 2, 3, 4}, 0.5), 1e-12);
        assertEquals(1.3, Quantiles.of(new double[] {1, 2, 3, 4}, 0.1), 1e-12);   // position 0.3
        assertEquals(3.7, Quantiles.of(new double[] {4, 3, 2, 1}, 0.9), 1e-12);   // position 2.7
        assertEquals(7, Quantiles.of(new double[] {7}, 0.9), 1e-12);
        assertTrue(Double.isNaN(Quantiles.of(new double[0], 0.5)));
        assertThrows(IllegalArgumentException.class, () -> Quantiles.of(new double[] {1}, 1.5));
    }
}
