package chokepoint.ui.debrief;

import chokepoint.ui.timeline.TimelineModel;

import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/** A plain inline-SVG line chart for the HTML debrief when no rendered PNG is given (headless export). */
final class SvgChart {
    private static final String[] COLORS = {"#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00",
            "#f0e442", "#000000", "#999999", "#882255"};
    private static final int W = 640, H = 300, L = 56, R = 150, T = 16, B = 40;

    private SvgChart() {}

    static String render(int[] turns, List<TimelineModel.Series> series, IntFunction<String> name,
                         IntFunction<String> tick) {
        double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
        for (TimelineModel.Series s : series) {
            for (double v : s.values()) if (Double.isFinite(v)) { min = Math.min(min, v); max = Math.max(max, v); }
        }
        if (!Double.isFinite(min)) { min = 0; max = 1; }
        if (max - min < 1e-9) { max += 0.5; min -= 0.5; }
        int t0 = turns.length == 0 ? 0 : turns[0];
        int t1 = turns.length == 0 ? 1 : Math.max(turns[turns.length - 1], t0 + 1);
        StringBuilder sb = new StringBuilder();
        sb.append("<svg xmlns='http://www.w3.org/2000/svg' width='").append(W).append("' height='").append(H)
                .append("' viewBox='0 0 ").append(W).append(' ').append(H).append("' class='chart'>");
        sb.append("<rect x='").append(L).append("' y='").append(T).append("' width='").append(W - L - R)
                .append("' height='").append(H - T - B).append("' fill='#fafbfc' stroke='#c8d0d8'/>");
        for (int i = 0; i <= 4; i++) {
            double v = min + (max - min) * i / 4;
            double y = y(v, min, max);
            sb.append(String.format(Locale.ROOT, "<line x1='%d' x2='%d' y1='%.1f' y2='%.1f' stroke='#e3e7eb'/>", L, W - R, y, y));
            sb.append(String.format(Locale.ROOT, "<text x='%d' y='%.1f' font-size='11' text-anchor='end'>%s</text>",
                    L - 4, y + 4, fmt(v)));
        }
        int step = Math.max(1, (t1 - t0 + 7) / 8);
        for (int t = t0; t <= t1; t += step) {
            double x = x(t, t0, t1);
            sb.append(String.format(Locale.ROOT, "<text x='%.1f' y='%d' font-size='11' text-anchor='middle'>%s</text>",
                    x, H - B + 16, DebriefExporter.esc(tick.apply(t))));
        }
        for (int i = 0; i < series.size(); i++) {
            TimelineModel.Series s = series.get(i);
            String c = COLORS[i % COLORS.length];
            StringBuilder pts = new StringBuilder();
            for (int k = 0; k < turns.length && k < s.values().length; k++) {
                double v = s.values()[k];
                if (Double.isFinite(v)) pts.append(String.format(Locale.ROOT, "%.1f,%.1f ", x(turns[k], t0, t1), y(v, min, max)));
            }
            sb.append("<polyline fill='none' stroke-width='2' stroke='").append(c).append("' points='").append(pts).append("'/>");
            int ly = T + 14 + i * 16;
            sb.append(String.format(Locale.ROOT, "<line x1='%d' x2='%d' y1='%d' y2='%d' stroke='%s' stroke-width='3'/>",
                    W - R + 10, W - R + 26, ly - 4, ly - 4, c));
            sb.append(String.format(Locale.ROOT, "<text x='%d' y='%d' font-size='11'>%s</text>", W - R + 30, ly,
                    DebriefExporter.esc(name.apply(s.subject()))));
        }
        sb.append("</svg>");
        return sb.toString();
    }

    private static double x(double t, int t0, int t1) {
        return L + (W - L - R) * (t - t0) / (double) (t1 - t0);
    }

    private static double y(double v, double min, double max) {
        return T + (H - T - B) * (1 - (v - min) / (max - min));
    }

    private static String fmt(double v) {
        double a = Math.abs(v);
        return String.format(Locale.ROOT, a >= 100 ? "%.0f" : a >= 10 ? "%.1f" : "%.2f", v);
    }
}
