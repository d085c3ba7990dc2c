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
        if (abs >= 10) return String.format(java.util.Locale.ROOT, "%.1f", d);
        return String.format(java.util.Locale.ROOT, "%.2f", d);
    }
}
