package chokepoint.ui.facilitator;

import chokepoint.analysis.Figures;
import chokepoint.ui.common.Fonts;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

import java.util.List;

/**
 * A fan chart drawn on a canvas: for each series a shaded band (10th to 90th percentile) and a median line over
 * turns, overlaid, with a y axis of round numbers, turn labels along the bottom and a legend above the plot. Later
 * series draw their median dashed so the lines differ without colour too. Text uses the bundled font, so Japanese
 * series names render everywhere.
 */
public final class FanChart extends Region {
    /** One fan: name for the legend, colour, and per turn the 10th, 50th and 90th percentile. */
    public record Series(String name, Color color, double[] p10, double[] p50, double[] p90) {}

    private static final double PAD = 12;
    private static final double LEGEND_H = 26;
    private static final Color AXIS = Color.web("#4a5866");
    private static final Color GRID = Color.web("#e3e7eb");

    private final Canvas canvas = new Canvas();
    private final Font font = Fonts.font(12);
    private List<String> turns = List.of();
    private List<Series> series = List.of();
    private String legendNote = "";

    public FanChart() {
        getChildren().add(canvas);
        setMinSize(320, 220);
        setPrefSize(900, 420);
    }

    /** Shows the fans; every series has one value per turn label. */
    public void setData(List<String> turnLabels, List<Series> fans, String note) {
        for (Series s : fans) {
            if (s.p10().length != turnLabels.size() || s.p50().length != turnLabels.size() || s.p90().length != turnLabels.size()) {
                throw new IllegalArgumentException("series " + s.name() + " does not have one value per turn");
            }
        }
        turns = List.copyOf(turnLabels);
        series = List.copyOf(fans);
        legendNote = note == null ? "" : note;
        draw();
    }

    public void clear() {
        setData(List.of(), List.of(), "");
    }

    public List<Series> series() { return series; }

    public List<String> turnLabels() { return turns; }

    public boolean hasData() { return !series.isEmpty() && !turns.isEmpty(); }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        draw();
    }

    private void draw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        if (!hasData() || w < 100 || h < 100) return;
        g.setFont(font);
        double[] ticks = ticks();
        double left = PAD;
        for (double t : ticks) left = Math.max(left, textWidth(tickText(t, ticks)) + 2 * PAD);
        double top = PAD + LEGEND_H;
        double bottom = h - PAD - 20;
        double right = w - PAD - textWidth(turns.get(turns.size() - 1)) / 2;
        Plot p = new Plot(left, top, right, bottom, ticks[0], ticks[ticks.length - 1], turns.size());
        axes(g, p, ticks);
        for (int i = 0; i < series.size(); i++) fan(g, p, series.get(i), i > 0);
        legend(g, left, w);
    }

    /** Plot area in pixels and the data range it shows. */
    private record Plot(double left, double top, double right, double bottom, double min, double max, int n) {
        double x(int turn) { return n == 1 ? (left + right) / 2 : left + (right - left) * turn / (n - 1); }
        double y(double v) { return bottom - (bottom - top) * (v - min) / (max - min); }
    }

    /** Round tick values covering every band, about five of them. */
    private double[] ticks() {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Series s : series) {
            for (int t = 0; t < turns.size(); t++) {
                for (double v : new double[] {s.p10()[t], s.p50()[t], s.p90()[t]}) {
                    if (Double.isFinite(v)) { lo = Math.min(lo, v); hi = Math.max(hi, v); }
                }
            }
        }
        if (lo > hi) { lo = 0; hi = 1; }
        if (hi - lo < 1e-9 * Math.max(1, Math.abs(hi))) { double pad = Math.max(1e-6, Math.abs(hi) * 0.05); lo -= pad; hi += pad; }
        double raw = (hi - lo) / 5;
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = raw / mag < 1.5 ? mag : raw / mag < 3 ? 2 * mag : raw / mag < 7 ? 5 * mag : 10 * mag;
        double first = Math.floor(lo / step) * step;
        double last = Math.ceil(hi / step) * step;
        int count = (int) Math.round((last - first) / step) + 1;
        double[] out = new double[count];
        for (int i = 0; i < count; i++) out[i] = first + i * step;
        return out;
    }

    /** A tick value with as many decimals as the step between ticks needs (millions and billions shortened). */
    private static String tickText(double v, double[] ticks) {
        double step = ticks.length > 1 ? ticks[1] - ticks[0] : 1;
        if (Math.max(Math.abs(ticks[0]), Math.abs(ticks[ticks.length - 1])) >= 1e6) return Figures.compact(v);
        int decimals = Math.max(0, (int) Math.ceil(-Math.log10(step) - 1e-9));
        return String.format(java.util.Locale.ROOT, "%." + decimals + "f", v);
    }

    private void axes(GraphicsContext g, Plot p, double[] ticks) {
        g.setLineWidth(1);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.RIGHT);
        for (double t : ticks) {
            double y = p.y(t);
            g.setStroke(GRID);
            g.strokeLine(p.left(), y, p.right(), y);
            g.setFill(AXIS);
            g.fillText(tickText(t, ticks), p.left() - PAD / 2, y);
        }
        g.setStroke(AXIS);
        g.strokeLine(p.left(), p.top(), p.left(), p.bottom());
        g.strokeLine(p.left(), p.bottom(), p.right(), p.bottom());
        // Every k-th turn label, k so that labels do not touch; the last turn always gets one.
        double widest = 0;
        for (String s : turns) widest = Math.max(widest, textWidth(s));
        double room = p.n() == 1 ? Double.MAX_VALUE : (p.right() - p.left()) / (p.n() - 1);
        int every = Math.max(1, (int) Math.ceil((widest + PAD) / room));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (int t = 0; t < p.n(); t++) {
            double x = p.x(t);
            g.strokeLine(x, p.bottom(), x, p.bottom() + 4);
            boolean last = t == p.n() - 1;
            boolean clearOfLast = (p.n() - 1 - t) * room >= widest + PAD;
            if (last || t % every == 0 && clearOfLast) g.fillText(turns.get(t), x, p.bottom() + 6);
        }
    }

    private void fan(GraphicsContext g, Plot p, Series s, boolean dashed) {
        int n = p.n();
        double[] xs = new double[2 * n];
        double[] ys = new double[2 * n];
        for (int t = 0; t < n; t++) {
            xs[t] = p.x(t);
            ys[t] = p.y(s.p90()[t]);
            xs[2 * n - 1 - t] = p.x(t);
            ys[2 * n - 1 - t] = p.y(s.p10()[t]);
        }
        g.setFill(s.color().deriveColor(0, 1, 1, 0.22));
        g.fillPolygon(xs, ys, 2 * n);
        g.setStroke(s.color());
        g.setLineWidth(2.5);
        g.setLineDashes(dashed ? new double[] {8, 5} : null);
        double[] mx = new double[n];
        double[] my = new double[n];
        for (int t = 0; t < n; t++) { mx[t] = p.x(t); my[t] = p.y(s.p50()[t]); }
        g.strokePolyline(mx, my, n);
        g.setLineDashes(null);
        g.setFill(s.color());
        for (int t = 0; t < n; t++) g.fillOval(mx[t] - 3, my[t] - 3, 6, 6);
    }

    /** Swatch (band with its median line) and name per series, then the note, in one row above the plot. */
    private void legend(GraphicsContext g, double left, double width) {
        double x = left;
        double y = PAD + 8;
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            g.setFill(s.color().deriveColor(0, 1, 1, 0.22));
            g.fillRect(x, y - 7, 28, 14);
            g.setStroke(s.color());
            g.setLineWidth(2.5);
            g.setLineDashes(i > 0 ? new double[] {6, 3} : null);
            g.strokeLine(x, y, x + 28, y);
            g.setLineDashes(null);
            g.setFill(Color.BLACK);
            g.fillText(s.name(), x + 34, y);
            x += 34 + textWidth(s.name()) + 2 * PAD;
        }
        g.setFill(AXIS);
        if (x + textWidth(legendNote) < width - PAD) g.fillText(legendNote, x, y);
    }

    private double textWidth(String s) {
        Text t = new Text(s);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }
}
