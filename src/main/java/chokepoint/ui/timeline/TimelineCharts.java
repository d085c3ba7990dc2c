package chokepoint.ui.timeline;

import chokepoint.ui.mapscreen.UiText;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.util.StringConverter;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntFunction;

/** Line charts over turns, shared by the timeline and the debrief. Animation is off (snapshots, tests). */
public final class TimelineCharts {
    private TimelineCharts() {}

    public static LineChart<Number, Number> newChart() {
        NumberAxis x = new NumberAxis();
        NumberAxis y = new NumberAxis();
        x.setAutoRanging(false);
        x.setMinorTickVisible(false);
        y.setForceZeroInRange(false);
        x.setAnimated(false);
        y.setAnimated(false);
        LineChart<Number, Number> c = new LineChart<>(x, y);
        c.setAnimated(false);
        c.setCreateSymbols(false);
        c.setMinSize(200, 160);
        c.setPadding(new javafx.geometry.Insets(6, 24, 6, 6)); // room for the last x tick label
        // long market names: let the title wrap rather than be cut off
        c.getStylesheets().add("data:text/css,.chart-title%7B-fx-wrap-text:true;-fx-text-alignment:center;%7D");
        c.setPrefSize(420, 260);
        return c;
    }

    /**
     * Fills a chart: x = turn numbers, one line per series (at most {@code maxLines}, the largest first by
     * largest absolute value), named by {@code name}; x ticks are turn labels.
     */
    public static void fill(LineChart<Number, Number> chart, String title, String yLabel, int[] turns,
                            List<TimelineModel.Series> series, IntFunction<String> name, IntFunction<String> turnLabel,
                            int maxLines, boolean keepFirst) {
        chart.setTitle(title);
        chart.getYAxis().setLabel(yLabel);
        NumberAxis x = (NumberAxis) chart.getXAxis();
        int first = turns.length == 0 ? 0 : turns[0];
        int last = turns.length == 0 ? 1 : Math.max(turns[turns.length - 1], first + 1);
        x.setLowerBound(first);
        x.setUpperBound(last);
        int span = last - first;
        x.setTickUnit(span <= 8 ? 1 : span <= 16 ? 2 : span <= 32 ? 4 : Math.ceil(span / 8.0));
        x.setTickLabelFormatter(new StringConverter<>() {
            @Override public String toString(Number n) { return turnLabel.apply(n.intValue()); }
            @Override public Number fromString(String s) { return 0; }
        });
        List<TimelineModel.Series> shown = new ArrayList<>(series);
        TimelineModel.Series head = keepFirst && !shown.isEmpty() ? shown.remove(0) : null;
        shown.sort(Comparator.comparingDouble((TimelineModel.Series s) -> -peak(s.values())));
        if (head != null) shown.add(0, head);
        if (shown.size() > maxLines) shown = shown.subList(0, maxLines);
        List<XYChart.Series<Number, Number>> data = new ArrayList<>();
        for (TimelineModel.Series s : shown) {
            XYChart.Series<Number, Number> xy = new XYChart.Series<>();
            xy.setName(name.apply(s.subject()));
            for (int t = 0; t < turns.length && t < s.values().length; t++) {
                double v = s.values()[t];
                if (Double.isFinite(v)) xy.getData().add(new XYChart.Data<>(turns[t], v));
            }
            data.add(xy);
        }
        chart.getData().setAll(data);
    }

    static double peak(double[] v) {
        double m = 0;
        for (double x : v) if (Double.isFinite(x)) m = Math.max(m, Math.abs(x));
        return m;
    }

    /** Short x tick: "Q2 '25" for "Q2 2025", "Start" for turn 0. */
    public static String shortLabel(int turn, String label) {
        return UiText.shortTurnLabel(turn, label);
    }
}
