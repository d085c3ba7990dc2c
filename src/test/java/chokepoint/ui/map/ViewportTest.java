package chokepoint.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ViewportTest {

    private Viewport fitted() {
        Viewport v = new Viewport(new double[] {-2, -1, 2, 1});
        v.setSize(400, 200);
        return v;
    }

    @Test
    void fitsWorldAtZoomOne() {
        Viewport v = fitted();
        assertEquals(100, v.scale(), 1e-9);
        assertEquals(0, v.toScreenX(-2), 1e-9);
        assertEquals(200, v.toScreenY(1), 1e-9);
        assertEquals(1.5, v.toWorldX(v.toScreenX(1.5)), 1e-9);
    }

    @Test
    void zoomKeepsPointUnderCursorAndClamps() {
        Viewport v = fitted();
        double wx = v.toWorldX(300), wy = v.toWorldY(60);
        v.zoomAt(2, 300, 60);
        assertEquals(2, v.zoom(), 1e-9);
        assertEquals(wx, v.toWorldX(300), 1e-9);
        assertEquals(wy, v.toWorldY(60), 1e-9);
        v.zoomBy(1000);
        assertEquals(Viewport.MAX_ZOOM, v.zoom(), 1e-9);
        v.zoomBy(1e-6);
        assertEquals(Viewport.MIN_ZOOM, v.zoom(), 1e-9);
    }

    @Test
    void panStaysInsideTheWorld() {
        Viewport v = fitted();
        v.panBy(100, 0);
        assertEquals(0, v.toScreenX(-2), 1e-9, "no panning at zoom 1");
        v.zoomBy(2);
        v.panBy(10_000, 10_000);
        assertEquals(0, v.toScreenX(-2), 1e-9, "left edge stops at the canvas edge");
        assertEquals(0, v.toScreenY(-1), 1e-9);
        v.reset();
        assertEquals(1, v.zoom(), 1e-9);
    }
}
