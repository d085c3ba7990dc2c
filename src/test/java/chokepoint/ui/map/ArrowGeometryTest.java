package chokepoint.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ArrowGeometryTest {

    @Test
    void curveEndsAtItsPointsAndBowsToTheLeft() {
        ArrowGeometry a = new ArrowGeometry(0, 100, 200, 100);
        assertEquals(0, a.at(0)[0], 1e-9);
        assertEquals(200, a.at(1)[0], 1e-9);
        assertTrue(a.at(0.5)[1] < 100, "eastward arrow bows north (up)");
        double[] h = a.head(2);
        assertEquals(200, h[0], 1e-9);
        assertTrue(h[2] < 200 && h[4] < 200, "head points along travel");
        ArrowGeometry t = a.trimmed(3, 7);
        assertEquals(7, Math.hypot(200 - t.at(1)[0], 100 - t.at(1)[1]), 1e-9);
        ArrowGeometry tiny = new ArrowGeometry(0, 0, 5, 0);
        assertEquals(5, tiny.trimmed(3, 7).at(1)[0], 1e-9, "short arrows are not trimmed");
    }
}
