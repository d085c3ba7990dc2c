package chokepoint.engine.state;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** News numbers must read exactly as String.format wrote them before (saves and reports keep the text). */
class NewsNumberTest {
    @Test
    void fixedIsStringFormat() {
        double[] odd = {0.125, 1.005, 2.675, 0.005, 0.0049999, -0.001, -0.0, -0.005, 9.995, 99.95, 10.05, 0.045, 1e-7,
                -1e-7, 4.35, 0.1 + 0.2, 1.0 / 3, 5e-324, 12345.675, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (double d : odd) check(d);
        SplittableRandom r = new SplittableRandom(5);
        for (int i = 0; i < 200_000; i++) {
            double scale = Math.pow(10, r.nextInt(-4, 6));
            check((r.nextDouble() * 2 - 1) * scale);
            check(Math.round(r.nextDouble() * 100_000) / 1000.0 + (r.nextBoolean() ? 0.0005 : 0.005)); // near ties
            check(Math.round(r.nextDouble() * 1e9) / 1e7 + 5e-7); // near ties at 6 decimals
        }
    }

    private static void check(double d) {
        assertEquals(String.format(Locale.ROOT, "%.1f", d), NewsItem.fixed(d, 1), "%.1f of " + d);
        assertEquals(String.format(Locale.ROOT, "%.2f", d), NewsItem.fixed(d, 2), "%.2f of " + d);
        assertEquals(String.format(Locale.ROOT, "%.6f", d), NewsItem.fixed(d, 6), "%.6f of " + d); // batch CSV figures
    }
}
