package chokepoint.ui.map;

import java.util.Arrays;

/** Small planar helpers shared by lon/lat rings and projected rings. */
final class Geometry2D {

    private Geometry2D() {}

    /** Even-odd point-in-polygon test; the polygon is implicitly closed. */
    static boolean contains(double[] xs, double[] ys, double x, double y) {
        boolean inside = false;
        int n = xs.length;
        for (int i = 0, j = n - 1; i < n; j = i++) {
            if ((ys[i] > y) != (ys[j] > y)
                    && x < (xs[j] - xs[i]) * (y - ys[i]) / (ys[j] - ys[i]) + xs[i]) {
                inside = !inside;
            }
        }
        return inside;
    }

    /** Widest inside span {x0, x1} of the polygon on the horizontal line y, or null. */
    static double[] widestSpan(double[] xs, double[] ys, double y) {
        int n = xs.length;
        double[] hits = new double[n];
        int k = 0;
        for (int i = 0, j = n - 1; i < n; j = i++) {
            if ((ys[i] > y) != (ys[j] > y)) {
                hits[k++] = (xs[j] - xs[i]) * (y - ys[i]) / (ys[j] - ys[i]) + xs[i];
            }
        }
        Arrays.sort(hits, 0, k);
        double[] best = null;
        for (int i = 0; i + 1 < k; i += 2) {
            if (best == null || hits[i + 1] - hits[i] > best[1] - best[0]) {
                best = new double[] {hits[i], hits[i + 1]};
            }
        }
        return best;
    }
}
