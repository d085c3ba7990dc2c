package chokepoint.facilitator.report;

import java.util.Locale;

/** Number formats for the report (3 significant figures for reading; CSV keeps full precision). */
final class Fmt {
    private Fmt() {}

    static String num(double v) {
        if (!Double.isFinite(v)) return "–";
        double a = Math.abs(v);
        if (a >= 1000) return String.format(Locale.ROOT, "%,.0f", v);
        if (a >= 100) return String.format(Locale.ROOT, "%.0f", v);
        if (a >= 10) return String.format(Locale.ROOT, "%.1f", v);
        if (a >= 1) return String.format(Locale.ROOT, "%.2f", v);
        return String.format(Locale.ROOT, "%.3f", v);
    }

    static String pct(double share) {
        return String.format(Locale.ROOT, "%.0f%%", share * 100);
    }

    static String csv(double v) {
        return Double.isFinite(v) ? Double.toString(v) : "";
    }
}
