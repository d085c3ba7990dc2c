package chokepoint.analysis;

import chokepoint.engine.scenario.Scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * What an {@link Excursion} found: for each arm, run (seed order), metric and turn the value of the metric, with
 * the per-turn 10/50/90% quantiles ({@link #band}) and the end-of-game comparison ({@link #atEnd}).
 */
public final class ExcursionResult {
    /** A turn the result covers: its number (0 = start of the game) and calendar label. */
    public record Turn(int number, String label) {}

    /** The 10th, 50th (median) and 90th percentile of one metric at one turn over the runs of an arm. */
    public record Band(double p10, double p50, double p90) {}

    /**
     * End of the game, one metric: the medians of both arms, the median of the per-seed differences (changed minus
     * base, same seed), and the share of seeds in which the changed arm ended higher or lower.
     */
    public record Comparison(Metric metric, double baseMedian, double changedMedian, double medianDifference,
                             double shareHigher, double shareLower) {}

    private final Scenario scenario;
    private final List<Turn> turns;
    private final List<Metric> metrics;
    private final List<Assumption> changes;
    private final Excursion.Settings settings;
    private final double[][][][] values; // [arm][run][metric][turn]

    ExcursionResult(Scenario scenario, List<Turn> turns, List<Metric> metrics, List<Assumption> changes,
                    Excursion.Settings settings, double[][][][] values) {
        this.scenario = scenario;
        this.turns = List.copyOf(turns);
        this.metrics = List.copyOf(metrics);
        this.changes = List.copyOf(changes);
        this.settings = settings;
        this.values = values;
    }

    public Scenario scenario() { return scenario; }
    public List<Turn> turns() { return turns; }
    public List<Metric> metrics() { return metrics; }
    public List<Assumption> changes() { return changes; }
    public Excursion.Settings settings() { return settings; }
    public int runs() { return settings.runs(); }

    /** Index of a metric by key ({@code score.JPN}), or -1. */
    public int metricIndex(String key) {
        for (int i = 0; i < metrics.size(); i++) if (metrics.get(i).key().equals(key)) return i;
        return -1;
    }

    /** The value of every run (seed order) of an arm for a metric at turn index {@code t} (0 = the start). */
    public double[] values(Excursion.Arm arm, int metric, int t) {
        double[][][] runs = values[arm.ordinal()];
        double[] out = new double[runs.length];
        for (int r = 0; r < runs.length; r++) out[r] = runs[r][metric][t];
        return out;
    }

    public Band band(Excursion.Arm arm, int metric, int t) {
        double[] v = values(arm, metric, t);
        java.util.Arrays.sort(v);
        return new Band(Quantiles.sorted(v, 0.1), Quantiles.sorted(v, 0.5), Quantiles.sorted(v, 0.9));
    }

    /** The band of every turn: a fan chart's data. */
    public List<Band> fan(Excursion.Arm arm, int metric) {
        List<Band> out = new ArrayList<>();
        for (int t = 0; t < turns.size(); t++) out.add(band(arm, metric, t));
        return out;
    }

    public Comparison atEnd(int metric) {
        int last = turns.size() - 1;
        double[] base = values(Excursion.Arm.BASE, metric, last);
        double[] changed = values(Excursion.Arm.CHANGED, metric, last);
        double[] diff = new double[base.length];
        int higher = 0;
        int lower = 0;
        for (int r = 0; r < base.length; r++) {
            diff[r] = changed[r] - base[r];
            double tolerance = 1e-9 * Math.max(1, Math.abs(base[r]));
            if (diff[r] > tolerance) higher++;
            else if (diff[r] < -tolerance) lower++;
        }
        return new Comparison(metrics.get(metric), Quantiles.of(base, 0.5), Quantiles.of(changed, 0.5),
                Quantiles.of(diff, 0.5), (double) higher / base.length, (double) lower / base.length);
    }
}
