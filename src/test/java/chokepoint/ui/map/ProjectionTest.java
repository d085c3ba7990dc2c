package chokepoint.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProjectionTest {

    @Test
    void equirectangularIsLinear() {
        Projection p = Projection.equirectangular();
        assertEquals(0, p.x(0, 0), 1e-12);
        assertEquals(Math.PI, p.x(180, 0), 1e-12);
        assertEquals(-Math.PI / 2, p.y(0, 90), 1e-12, "north is up (negative y)");
    }

    @Test
    void robinsonMatchesTable() {
        Projection p = Projection.robinson();
        assertEquals(0.8487 * Math.PI, p.x(180, 0), 1e-9);
        assertEquals(-1.3523, p.y(0, 90), 1e-9);
        assertEquals(1.3523 * 0.4958, p.y(0, -40), 1e-9);
        assertEquals(0.8487 * 0.8679 * Math.toRadians(90), p.x(90, 50), 1e-9);
        // symmetric and monotonic
        assertEquals(-p.x(30, 20), p.x(-30, 20), 1e-12);
        for (int lat = -89; lat < 90; lat++) {
            assertTrue(p.y(0, lat) > p.y(0, lat + 1));
        }
    }

    @Test
    void boundsCoverTheRequestedLatitudes() {
        double[] b = Projection.robinson().bounds(-58, 84);
        assertEquals(-0.8487 * Math.PI, b[0], 1e-9);
        assertTrue(b[1] < 0 && b[3] > 0 && b[3] < -b[1]);
    }
}
