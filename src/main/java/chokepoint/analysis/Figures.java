package chokepoint.analysis;

import java.util.Locale;

/** Numbers for people: short ones for tables and chart axes, exact ones for parameter values. */
public final class Figures {
    private Figures() {}

    /** About four significant figures, millions as M and billions as bn. */
    public static String compact(double d) {
        if (!Double.isFinite(d)) return "-";
        double a = Math.abs(d);
        if (a >= 1e9) return String.format(Locale.ROOT, "%.3fbn", d / 1e9);
        if (a >= 1e6) return String.format(Locale.ROOT, "%.3fM", d / 1e6);
        if (a >= 1000 || a == 0) return String.format(Locale.ROOT, "%.0f", d);
        return String.format(Locale.ROOT, a >= 100 ? "%.1f" : a >= 1 ? "%.2f" : "%.3f", d);
    }

    /** A number as short as it can be written without losing it: 0.3, 8, 1.0E-4 (parameter values and ranges). */
    public static String plain(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
}
