package chokepoint.ui.map;

/**
 * Maps projected world coordinates to pixels of a canvas: fit-to-size at zoom 1, zoom clamped
 * to [1, maxZoom], the view kept inside the world bounds. Plain arithmetic, no JavaFX state.
 */
public final class Viewport {

    public static final double MIN_ZOOM = 1;
    public static final double MAX_ZOOM = 12;

    private final double minX, minY, maxX, maxY;
    private double width = 1, height = 1;
    private double zoom = 1;
    private double cx, cy;

    /** @param bounds {minX, minY, maxX, maxY} of the world area shown at zoom 1 */
    public Viewport(double[] bounds) {
        minX = bounds[0];
        minY = bounds[1];
        maxX = bounds[2];
        maxY = bounds[3];
        reset();
    }

    public void reset() {
        zoom = MIN_ZOOM;
        cx = (minX + maxX) / 2;
        cy = (minY + maxY) / 2;
    }

    public void setSize(double w, double h) {
        width = Math.max(1, w);
        height = Math.max(1, h);
        clamp();
    }

    public double width() { return width; }
    public double height() { return height; }
    public double zoom() { return zoom; }

    /** Pixels per world unit. */
    public double scale() {
        return Math.min(width / (maxX - minX), height / (maxY - minY)) * zoom;
    }

    public double toScreenX(double wx) { return width / 2 + (wx - cx) * scale(); }
    public double toScreenY(double wy) { return height / 2 + (wy - cy) * scale(); }
    public double toWorldX(double sx) { return cx + (sx - width / 2) / scale(); }
    public double toWorldY(double sy) { return cy + (sy - height / 2) / scale(); }

    /** Zooms by a factor keeping the world point under pixel (sx, sy) fixed. */
    public void zoomAt(double factor, double sx, double sy) {
        double wx = toWorldX(sx), wy = toWorldY(sy);
        zoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom * factor));
        double s = scale();
        cx = wx - (sx - width / 2) / s;
        cy = wy - (sy - height / 2) / s;
        clamp();
    }

    /** Zooms about the centre of the canvas. */
    public void zoomBy(double factor) {
        zoomAt(factor, width / 2, height / 2);
    }

    public void setZoom(double z) {
        zoomBy(z / zoom);
    }

    /** Moves the map content by (dx, dy) pixels, as a mouse drag does. */
    public void panBy(double dx, double dy) {
        double s = scale();
        cx -= dx / s;
        cy -= dy / s;
        clamp();
    }

    /** Centres the view on a world point (clamped). */
    public void centerOn(double wx, double wy) {
        cx = wx;
        cy = wy;
        clamp();
    }

    private void clamp() {
        double s = scale();
        cx = clampAxis(cx, minX, maxX, width / s);
        cy = clampAxis(cy, minY, maxY, height / s);
    }

    private static double clampAxis(double c, double lo, double hi, double visible) {
        if (visible >= hi - lo) {
            return (lo + hi) / 2;
        }
        return Math.max(lo + visible / 2, Math.min(hi - visible / 2, c));
    }
}
