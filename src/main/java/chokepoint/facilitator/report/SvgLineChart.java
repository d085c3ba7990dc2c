package chokepoint.facilitator.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A small inline-SVG line chart (no libraries): axes, grid, one polyline per series, a legend. */
final class SvgLineChart {
    /** Okabe-Ito colour-blind-safe palette. */
    private static final String[] COLOURS = {"#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442"};
    private static final int W = 760;
    private static final int H = 300;
    private static final int LEFT = 56;
    private static final int RIGHT = 170;
    private static final int TOP = 16;
    private static final int BOTTOM = 36;

    private SvgLineChart() {}

    static String render(String title, List<String> xLabels, Map<String, double[]> series) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double[] s : series.values()) for (double v : s) if (Double.isFinite(v)) { min = Math.min(min, v); max = Math.max(max, v); }
        if (!Double.isFinite(min)) { min = 0; max = 1; }
        if (max - min < 1e-9) { max += 1; min -= 1; }
        double pad = (max - min) * 0.05;
        min -= pad;
        max += pad;
        int n = Math.max(1, xLabels.size());
        double pw = W - LEFT - RIGHT;
        double ph = H - TOP - BOTTOM;
        StringBuilder sb = new StringBuilder();
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 ").append(W).append(' ').append(H)
                .append("\" role=\"img\" aria-label=\"").append(Html.esc(title)).append("\">");
        sb.append("<title>").append(Html.esc(title)).append("</title>");
        for (int k = 0; k <= 4; k++) {
            double v = min + (max - min) * k / 4;
            double y = TOP + ph - ph * k / 4;
            sb.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#ddd\"/>", LEFT, y, LEFT + pw, y));
            sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" font-size=\"11\" text-anchor=\"end\">%s</text>", LEFT - 4, y + 4, Html.esc(Fmt.num(v))));
        }
        int step = Math.max(1, (int) Math.ceil(n / 12.0));
        for (int i = 0; i < n; i += step) {
            double x = LEFT + (n == 1 ? 0 : pw * i / (n - 1));
            sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\">%s</text>", x, H - BOTTOM + 16, Html.esc(xLabels.get(i))));
        }
        sb.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%.1f\" fill=\"none\" stroke=\"#999\"/>", LEFT, TOP, pw, ph));
        int c = 0;
        for (Map.Entry<String, double[]> e : series.entrySet()) {
            String colour = COLOURS[c % COLOURS.length];
            String dash = c >= COLOURS.length ? " stroke-dasharray=\"5,3\"" : "";
            StringBuilder pts = new StringBuilder();
            double[] s = e.getValue();
            for (int i = 0; i < s.length; i++) {
                if (!Double.isFinite(s[i])) continue;
                double x = LEFT + (n == 1 ? 0 : pw * i / (n - 1));
                double y = TOP + ph - ph * (s[i] - min) / (max - min);
                pts.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
            }
            sb.append("<polyline fill=\"none\" stroke-width=\"2\" stroke=\"").append(colour).append('"').append(dash)
                    .append(" points=\"").append(pts.toString().trim()).append("\"><title>").append(Html.esc(e.getKey())).append("</title></polyline>");
            double ly = TOP + 14 + 16 * c;
            sb.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"3\"%s/>",
                    LEFT + pw + 10, ly - 4, LEFT + pw + 30, ly - 4, colour, dash));
            sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\">%s</text>", LEFT + pw + 34, ly, Html.esc(e.getKey())));
            c++;
        }
        sb.append("</svg>");
        return sb.toString();
    }
}
