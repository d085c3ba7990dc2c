package chokepoint.analysis;

import java.util.Locale;

/**
 * The per-turn quantiles of an excursion as CSV text (docs/REPORT-FORMAT.md, "Excursion CSV"): one row per metric
 * and turn, metrics in {@link Metric#of} order, turns in order.
 */
public final class ExcursionCsv {
    public static final String HEADER = "metric,kind,turn,label,runs,base_p10,base_p50,base_p90,changed_p10,changed_p50,changed_p90";

    private ExcursionCsv() {}

    public static String of(ExcursionResult r) {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (int m = 0; m < r.metrics().size(); m++) {
            Metric metric = r.metrics().get(m);
            for (int t = 0; t < r.turns().size(); t++) {
                ExcursionResult.Turn turn = r.turns().get(t);
                sb.append(field(metric.key())).append(',').append(metric.kind().name().toLowerCase(Locale.ROOT)).append(',')
                        .append(turn.number()).append(',').append(field(turn.label())).append(',').append(r.runs());
                for (Excursion.Arm arm : Excursion.Arm.values()) {
                    ExcursionResult.Band b = r.band(arm, m, t);
                    sb.append(',').append(num(b.p10())).append(',').append(num(b.p50())).append(',').append(num(b.p90()));
                }
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    private static String num(double d) {
        return Double.isFinite(d) ? String.format(Locale.ROOT, "%.6f", d) : "";
    }

    private static String field(String s) {
        return s.contains(",") || s.contains("\"") ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
