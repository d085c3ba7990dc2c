package chokepoint.engine.state;

import java.util.List;

/**
 * One line of a turn report, as a message key plus arguments so each language renders it
 * (keys live in assets/i18n; arguments are actor/commodity ids or formatted numbers).
 *
 * @param audience actor ids who see it; empty = public news everyone sees
 * @param importance 0 minor .. 3 headline, for sorting and for the timeline's turning points
 */
public record NewsItem(String key, List<String> args, List<String> audience, int importance) {
    public static NewsItem publicNews(int importance, String key, Object... args) {
        return new NewsItem(key, strings(args), List.of(), importance);
    }

    public static NewsItem privateNews(String actor, int importance, String key, Object... args) {
        return new NewsItem(key, strings(args), List.of(actor), importance);
    }

    public boolean visibleTo(String actor) {
        return audience.isEmpty() || audience.contains(actor);
    }

    private static List<String> strings(Object[] args) {
        String[] out = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            out[i] = a instanceof Double d ? formatNumber(d) : String.valueOf(a);
        }
        return List.of(out);
    }

    /** Numbers in news are rounded for reading: 3 significant figures at most. */
    public static String formatNumber(double d) {
        double abs = Math.abs(d);
        if (abs >= 100 || d == Math.rint(d)) return Long.toString(Math.round(d));
        return fixed(d, abs >= 10 ? 1 : 2);
    }

    /**
     * The text of {@code String.format(Locale.ROOT, "%.<decimals>f", d)} without java.util.Formatter (slow, and news
     * numbers are written every turn): the Formatter rounds the shortest decimal form of the magnitude
     * ({@code Double.toString}) half-up and writes the sign of any negative value, even when it rounds to zero.
     * Public for other writers of fixed-point figures (the batch CSV).
     */
    public static String fixed(double d, int decimals) {
        if (!Double.isFinite(d)) return String.format(java.util.Locale.ROOT, "%." + decimals + "f", d);
        String digits = new java.math.BigDecimal(Double.toString(Math.abs(d)))
                .setScale(decimals, java.math.RoundingMode.HALF_UP).toPlainString();
        return Double.compare(d, 0.0) < 0 ? "-" + digits : digits;
    }
}
