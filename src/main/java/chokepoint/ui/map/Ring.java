package chokepoint.ui.map;

/**
 * One closed ring of a country outline in longitude/latitude degrees. Longitudes are unwrapped:
 * consecutive points never differ by more than 180 degrees, so a ring that crosses the antimeridian
 * may reach beyond +/-180 instead of jumping across the whole map.
 */
public record Ring(double[] lon, double[] lat) {

    public Ring {
        if (lon.length != lat.length) {
            throw new IllegalArgumentException("lon and lat differ in length");
        }
    }

    /** Builds a ring and unwraps its longitudes. */
    public static Ring unwrapped(double[] lon, double[] lat) {
        double[] out = lon.clone();
        for (int i = 1; i < out.length; i++) {
            double d = out[i] - out[i - 1];
            while (d > 180) { out[i] -= 360; d -= 360; }
            while (d < -180) { out[i] += 360; d += 360; }
        }
        return new Ring(out, lat.clone());
    }

    public int size() { return lon.length; }

    public double minLon() { return min(lon); }
    public double maxLon() { return max(lon); }
    public double minLat() { return min(lat); }
    public double maxLat() { return max(lat); }

    /** Signed area in square degrees (shoelace formula). */
    public double signedArea() {
        double a = 0;
        int n = lon.length;
        for (int i = 0, j = n - 1; i < n; j = i++) {
            a += lon[j] * lat[i] - lon[i] * lat[j];
        }
        return a / 2;
    }

    public double area() { return Math.abs(signedArea()); }

    /** Area centroid {lon, lat}; the mean of the points for degenerate rings. */
    public double[] centroid() {
        double a = signedArea();
        int n = lon.length;
        if (Math.abs(a) < 1e-12) {
            double sx = 0, sy = 0;
            for (int i = 0; i < n; i++) { sx += lon[i]; sy += lat[i]; }
            return new double[] {sx / n, sy / n};
        }
        double cx = 0, cy = 0;
        for (int i = 0, j = n - 1; i < n; j = i++) {
            double f = lon[j] * lat[i] - lon[i] * lat[j];
            cx += (lon[j] + lon[i]) * f;
            cy += (lat[j] + lat[i]) * f;
        }
        return new double[] {cx / (6 * a), cy / (6 * a)};
    }

    /** Even-odd point-in-ring test in lon/lat. */
    public boolean contains(double x, double y) {
        return Geometry2D.contains(lon, lat, x, y);
    }

    /**
     * A point that lies inside the ring, near its centroid: the centroid itself when it is inside,
     * otherwise the middle of the widest inside span on the centroid's latitude.
     */
    public double[] interiorPoint() {
        double[] c = centroid();
        if (contains(c[0], c[1])) {
            return c;
        }
        double[] span = Geometry2D.widestSpan(lon, lat, c[1]);
        return span == null ? c : new double[] {(span[0] + span[1]) / 2, c[1]};
    }

    private static double min(double[] v) {
        double m = Double.POSITIVE_INFINITY;
        for (double d : v) m = Math.min(m, d);
        return m;
    }

    private static double max(double[] v) {
        double m = Double.NEGATIVE_INFINITY;
        for (double d : v) m = Math.max(m, d);
        return m;
    }
}
