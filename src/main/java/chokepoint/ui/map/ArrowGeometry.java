package chokepoint.ui.map;

/**
 * Pure geometry of a curved flow arrow in screen pixels: a quadratic curve bowed to the left of
 * the direction of travel, and a triangular head at its end.
 */
final class ArrowGeometry {

    /** How far the curve bows, as a share of the straight distance. */
    static final double BEND = 0.22;

    final double x0, y0, cx, cy, x1, y1;

    ArrowGeometry(double x0, double y0, double x1, double y1) {
        this.x0 = x0;
        this.y0 = y0;
        this.x1 = x1;
        this.y1 = y1;
        double dx = x1 - x0, dy = y1 - y0;
        this.cx = (x0 + x1) / 2 + dy * BEND;
        this.cy = (y0 + y1) / 2 - dx * BEND;
    }

    private ArrowGeometry(double x0, double y0, double cx, double cy, double x1, double y1) {
        this.x0 = x0;
        this.y0 = y0;
        this.cx = cx;
        this.cy = cy;
        this.x1 = x1;
        this.y1 = y1;
    }

    /**
     * The same curve with its ends pulled in by about startGap / endGap pixels (along the
     * tangents); unchanged when the arrow is too short for that.
     */
    ArrowGeometry trimmed(double startGap, double endGap) {
        if (Math.hypot(x1 - x0, y1 - y0) < 4 * (startGap + endGap)) {
            return this;
        }
        double[] t0 = tangent(0), t1 = tangent(1);
        return new ArrowGeometry(x0 + t0[0] * startGap, y0 + t0[1] * startGap, cx, cy,
            x1 - t1[0] * endGap, y1 - t1[1] * endGap);
    }

    /** Point on the curve at t in [0, 1]: {x, y}. */
    double[] at(double t) {
        double u = 1 - t;
        return new double[] {
            u * u * x0 + 2 * u * t * cx + t * t * x1,
            u * u * y0 + 2 * u * t * cy + t * t * y1};
    }

    /** Unit tangent {dx, dy} at t. */
    double[] tangent(double t) {
        double dx = 2 * (1 - t) * (cx - x0) + 2 * t * (x1 - cx);
        double dy = 2 * (1 - t) * (cy - y0) + 2 * t * (y1 - cy);
        double len = Math.hypot(dx, dy);
        return len == 0 ? new double[] {1, 0} : new double[] {dx / len, dy / len};
    }

    /**
     * Arrowhead triangle {tipX, tipY, leftX, leftY, rightX, rightY} for a line of the given width;
     * the tip is the curve's end point.
     */
    double[] head(double lineWidth) {
        double[] t = tangent(1);
        double len = 6 + lineWidth * 2.2;
        double half = 3 + lineWidth * 1.3;
        double bx = x1 - t[0] * len, by = y1 - t[1] * len;
        return new double[] {x1, y1, bx - t[1] * half, by + t[0] * half,
            bx + t[1] * half, by - t[0] * half};
    }

    /** Control point and end of the curve shortened so the line stops inside the head. */
    double[] shaftEnd(double lineWidth) {
        double[] t = tangent(1);
        double back = 4 + lineWidth * 1.6;
        return new double[] {x1 - t[0] * back, y1 - t[1] * back};
    }
}
