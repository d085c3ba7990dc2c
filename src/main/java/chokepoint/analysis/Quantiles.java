package chokepoint.analysis;

import java.util.Arrays;

/**
 * Quantiles by linear interpolation between order statistics (Hyndman and Fan type 7, the default of R and NumPy):
 * for n sorted values the p-quantile sits at position p(n-1).
 */
public final class Quantiles {
    private Quantiles() {}

    /** The p-quantile (0 ≤ p ≤ 1) of values (not changed); NaN for no values. */
    public static double of(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted(sorted, p);
    }

    /** The p-quantile of values already sorted ascending. */
    public static double sorted(double[] sorted, double p) {
        if (p < 0 || p > 1 || Double.isNaN(p)) throw new IllegalArgumentException("p must be within 0..1, got " + p);
        if (sorted.length == 0) return Double.NaN;
        double pos = p * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }
}
