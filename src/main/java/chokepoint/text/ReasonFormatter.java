package chokepoint.text;

import chokepoint.ai.Reason;
import chokepoint.engine.Game;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An AI's reason (a key, its arguments and nested parts) as a sentence in one language, through the reasons bundle
 * ({@code i18n/reasons}), as {@link NewsFormatter} does for news. Each key has an argument signature, one letter per
 * template placeholder: ids A actor, G actors "A+B", K market key, C commodity, J project, V objective, O order type,
 * M control mode, E effect kind, Y AI style, Z zone name ({@link ScenarioNames#zoneName}), T text shown as given; figures (stored exactly) Q quantity (1.2M),
 * P share as a percentage, B US$ billions, S signed whole number, X ratio (1 decimal), I whole number, D score
 * (2 decimals); R the next nested reason, L all remaining nested reasons as a list.
 */
public final class ReasonFormatter {
    static final Map<String, String> SIGNATURES = Map.ofEntries(
            Map.entry(Reason.PLAIN, "T"),
            Map.entry("ai.zoneInvite.accept", "ZAL"),
            Map.entry("ai.zoneInvite.decline", "ZAL"),
            Map.entry("ai.offtakeAnswer.accept", "QKAL"),
            Map.entry("ai.offtakeAnswer.decline", "QKAL"),
            Map.entry("ai.plantAnswer.accept", "AQKQL"),
            Map.entry("ai.plantAnswer.decline", "AQKQL"),
            Map.entry("ai.clause.ally", ""),
            Map.entry("ai.clause.relation", "S"),
            Map.entry("ai.clause.relationLevel", "Q"),
            Map.entry("ai.clause.rivalMember", ""),
            Map.entry("ai.clause.producerRules", ""),
            Map.entry("ai.clause.shareOfOutput", "P"),
            Map.entry("ai.clause.outputTooSmall", "Q"),
            Map.entry("ai.clause.fromSupplier", "PA"),
            Map.entry("ai.clause.noImports", ""),
            Map.entry("ai.clause.objectiveDays", "Q"),
            Map.entry("ai.clause.fullCost", "B"),
            Map.entry("ai.clause.suppliesMe", "B"),
            Map.entry("ai.suffix.restrictsMe", ""),
            Map.entry("ai.suffix.noCounterMeasures", ""),
            Map.entry("ai.stockTarget", "QKQL"),
            Map.entry("ai.buyStock", "QKQQ"),
            Map.entry("ai.releaseStock", "QKXQ"),
            Map.entry("ai.control.ban", "KGAQQPL"),
            Map.entry("ai.control.licence", "KGAQQPL"),
            Map.entry("ai.liftControl", "MKIQBL"),
            Map.entry("ai.tariff", "PCAPB"),
            Map.entry("ai.sanction", "AQ"),
            Map.entry("ai.removeTariff", "PCA"),
            Map.entry("ai.liftSanction", "AQQ"),
            Map.entry("ai.foundZone", "IP"),
            Map.entry("ai.invite", "ATL"),
            Map.entry("ai.why.dependence", "PKA"),
            Map.entry("ai.why.domesticShare", "KPP"),
            Map.entry("ai.why.worldShare", "KPP"),
            Map.entry("ai.why.largestSupplierShare", "KPP"),
            Map.entry("ai.why.supplierShare", "AKPP"),
            Map.entry("ai.why.unprocessed", "KQ"),
            Map.entry("ai.why.effect", "EK"),
            Map.entry("ai.why.completeProject", "J"),
            Map.entry("ai.invest.home", "QKBRI"),
            Map.entry("ai.invest.abroad", "QKABRI"),
            Map.entry("ai.startResearch", "JBIPR"),
            Map.entry("ai.cancelResearch", "JBB"),
            Map.entry("ai.summit", "AQPQ"),
            Map.entry("ai.summit.restricting", "AQPQ"),
            Map.entry("ai.proposeOfftake", "QKAIPAQ"),
            Map.entry("ai.exercise", "AQQ"),
            Map.entry("ai.armsSale", "AQAQB"),
            Map.entry("ai.cyber", "AK"),
            Map.entry("ai.escort", "CPP"),
            Map.entry("ai.endgame.releaseAll", "QKQ"),
            Map.entry("ai.endgame.buyShort", "QKPB"),
            Map.entry("ai.endgame.buyToSell", "QKQB"),
            Map.entry("ai.endgame.tariff", "PCAVP"),
            Map.entry("ai.endgame.liftControl", "KV"),
            Map.entry("ai.endgame.sellAll", "QKBV"),
            Map.entry("ai.option.style", "Y"),
            Map.entry("ai.option.lastTurnSales", ""),
            Map.entry("ai.option.with", "L"),
            Map.entry("ai.option.first", "O"),
            Map.entry("ai.option.without", "O"),
            Map.entry("ai.measure.final", ""),
            Map.entry("ai.measure.mean", "II"),
            Map.entry("ai.lookahead", "RRDD"),
            Map.entry("ai.summary.baseline", "YII"),
            Map.entry("ai.summary.nothing", "Y"),
            Map.entry("ai.summary.baselineUntil", "YI"),
            Map.entry("ai.summary.oneSet", "Y"),
            Map.entry("ai.summary.strong", "YIIIIRRDD"));

    private final ScenarioNames names;
    private final Messages messages;
    private final boolean japanese;

    public ReasonFormatter(ScenarioNames names) {
        this.names = names;
        this.messages = names.messages();
        this.japanese = "ja".equals(messages.lang());
    }

    public static ReasonFormatter of(Game game, String lang) {
        return new ReasonFormatter(ScenarioNames.of(game, lang));
    }

    /** The argument signature of a key, or null if the formatter does not know the key. */
    public static String signature(String key) {
        return SIGNATURES.get(key);
    }

    /** Every key the formatter knows. */
    public static java.util.Set<String> keys() {
        return SIGNATURES.keySet();
    }

    /** One reason as a line; an empty reason gives "", a key without a template "key [args]". */
    public String line(Reason r) {
        if (r == null || r.isEmpty()) return "";
        if (Reason.PLAIN.equals(r.key())) return r.args().isEmpty() ? "" : r.args().get(0);
        String text = render(r);
        return japanese ? text : NewsFormatter.POSSESSIVE.matcher(text).replaceAll("s'");
    }

    /** Several reasons, one line each. */
    public List<String> lines(List<Reason> reasons) {
        List<String> out = new ArrayList<>(reasons.size());
        for (Reason r : reasons) out.add(line(r));
        return out;
    }

    private String render(Reason r) {
        String sig = SIGNATURES.get(r.key());
        if (sig == null || !messages.has(r.key())) return fallback(r);
        Object[] values = new Object[sig.length()];
        int arg = 0;
        int part = 0;
        for (int i = 0; i < sig.length(); i++) {
            char kind = sig.charAt(i);
            if (kind == 'R') {
                values[i] = part < r.parts().size() ? render(r.parts().get(part++)) : "";
            } else if (kind == 'L') {
                List<String> rest = new ArrayList<>();
                while (part < r.parts().size()) rest.add(render(r.parts().get(part++)));
                values[i] = String.join(names.separator(), rest);
            } else {
                values[i] = arg < r.args().size() ? convert(kind, r.args().get(arg++)) : "";
            }
        }
        String text = messages.format(r.key(), values);
        return text == null ? fallback(r) : text;
    }

    /** A reason this build has no template for (a newer save): its key and arguments, as news does. */
    private String fallback(Reason r) {
        if (r.isEmpty()) return "";
        if (Reason.PLAIN.equals(r.key())) return r.args().isEmpty() ? "" : r.args().get(0);
        List<String> all = new ArrayList<>(r.args());
        for (Reason p : r.parts()) all.add(fallback(p));
        return r.key() + (all.isEmpty() ? "" : " " + all);
    }

    private String convert(char kind, String raw) {
        return switch (kind) {
            case 'A' -> names.actor(raw);
            case 'G' -> names.target(raw);
            case 'K' -> names.market(raw);
            case 'C' -> names.commodity(raw);
            case 'J' -> names.project(raw);
            case 'V' -> names.objective(raw);
            case 'O' -> names.orderType(raw);
            case 'M' -> names.constant("mode", raw);
            case 'E' -> names.constant("ai.effect", raw);
            case 'Y' -> names.constant("ai.style", raw);
            case 'Z' -> names.zoneName(raw);
            case 'Q', 'P', 'B', 'S', 'X', 'I', 'D' -> figure(kind, raw);
            default -> raw;
        };
    }

    private String figure(char kind, String raw) {
        double x;
        try {
            x = Double.parseDouble(raw);
        } catch (NumberFormatException e) {
            return raw;
        }
        if (!Double.isFinite(x)) return raw;
        return switch (kind) {
            case 'Q' -> japanese ? quantityJa(x) : quantity(x);
            case 'P' -> fixed(x * 100, 0) + "%";
            case 'B' -> japanese ? dollarsJa(x) : "$" + fixed(x, 2) + "bn";
            case 'S' -> signed(x);
            case 'X' -> fixed(x, 1);
            case 'D' -> fixed(x, 2);
            default -> grouped(x);
        };
    }

    /** A quantity as the AI wrote it in English: 1.2G, 3.4M, 250, 12.5, 0.35. */
    static String quantity(double x) {
        double a = Math.abs(x);
        if (a >= 1e9) return fixed(x / 1e9, 1) + "G";
        if (a >= 1e6) return fixed(x / 1e6, 1) + "M";
        if (a >= 100) return fixed(x, 0);
        if (a >= 1) return fixed(x, 1);
        return fixed(x, 2);
    }

    /** The same figure in Japanese units: 12億, 340万, 25,000, 12.5. */
    private String quantityJa(double x) {
        double a = Math.abs(x);
        if (a >= 1e8) return fixed(x / 1e8, 1) + "億";
        if (a >= 1e6) return fixed(x / 1e4, 0) + "万";
        if (a >= 100) return grouped(Math.round(x));
        return quantity(x);
    }

    /** US$ bn in Japanese units: 12.3億ドル; under 1億 in 万 (0.004 bn = 400万ドル), which "$0.00bn" cannot show. */
    private static String dollarsJa(double bn) {
        return Math.abs(bn) >= 0.095 ? fixed(bn * 10, 1) + "億ドル" : fixed(bn * 1e5, 0) + "万ドル";
    }

    private String grouped(double x) {
        NumberFormat f = NumberFormat.getNumberInstance(messages.locale());
        f.setMaximumFractionDigits(2);
        return f.format(x);
    }

    static String signed(double x) {
        String s = fixed(x, 0);
        return s.startsWith("-") ? s : "+" + s;
    }

    /** Fixed-point text as the AI's English reasons always had it: half-up on the magnitude, no "-0". */
    static String fixed(double x, int decimals) {
        long scale = decimals == 0 ? 1 : decimals == 1 ? 10 : 100;
        long v = Math.round(Math.abs(x) * scale);
        StringBuilder sb = new StringBuilder(12);
        if (x < 0 && v != 0) sb.append('-');
        sb.append(v / scale);
        if (decimals > 0) {
            sb.append('.');
            long frac = v % scale;
            if (decimals == 2 && frac < 10) sb.append('0');
            sb.append(frac);
        }
        return sb.toString();
    }
}
