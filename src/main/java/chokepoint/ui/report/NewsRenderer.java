package chokepoint.ui.report;

import chokepoint.engine.state.NewsItem;
import chokepoint.ui.app.Names;
import chokepoint.ui.app.Texts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Renders engine news (key + arguments) through the news bundle. Each key has an argument signature saying what
 * every argument is, so ids become the scenario's localized names:
 * A actor, K market key, S sector, C commodity or "*", J project, E event, M control mode, G target,
 * R zone rules ("A+B"), O order type, X rejection code, Q proposal kind, N number (grouped), L turn label and
 * Z zone name (shown as given).
 */
public final class NewsRenderer {
    static final Map<String, String> SIGNATURES = Map.ofEntries(
            Map.entry("news.armsSale", "AA"),
            Map.entry("news.control.imposed", "AKMG"),
            Map.entry("news.control.lifted", "AK"),
            Map.entry("news.cyber.attributed", "AAK"),
            Map.entry("news.cyber.foiled", "AAK"),
            Map.entry("news.cyber.success", "AK"),
            Map.entry("news.cyber.failed", "AK"),
            Map.entry("news.cyber.unattributed", "K"),
            Map.entry("news.escort", "AC"),
            Map.entry("news.event", "E"),
            Map.entry("news.exercise", "AA"),
            Map.entry("news.invest.cancelled", "AAK"),
            Map.entry("news.invest.delayed", "AK"),
            Map.entry("news.invest.home", "AKNL"),
            Map.entry("news.invest.hosted", "AAKNL"),
            Map.entry("news.invest.ready", "AAKN"),
            Map.entry("news.offtake.signed", "AAKNN"),
            Map.entry("news.order.rejected", "OX"),
            Map.entry("news.output.control", "ASNAMNK"),
            Map.entry("news.output.shortage", "ASNK"),
            Map.entry("news.plant.restarted", "AAK"),
            Map.entry("news.plant.stranded", "AAK"),
            Map.entry("news.price.down", "KNN"),
            Map.entry("news.price.up", "KNN"),
            Map.entry("news.price.premium", "KN"),
            Map.entry("news.proposal.invest", "AKN"),
            Map.entry("news.proposal.offtake", "AKNN"),
            Map.entry("news.proposal.rejected", "AQ"),
            Map.entry("news.proposal.zone", "AZ"),
            Map.entry("news.research.cancelled", "J"),
            Map.entry("news.research.failure", "J"),
            Map.entry("news.research.stalled", "J"),
            Map.entry("news.research.started", "J"),
            Map.entry("news.research.success", "AJ"),
            Map.entry("news.sanction", "AA"),
            Map.entry("news.sanction.lifted", "AA"),
            Map.entry("news.stock.drawn", "KNN"),
            Map.entry("news.stock.release", "KN"),
            Map.entry("news.stock.target", "KN"),
            Map.entry("news.summit", "AA"),
            Map.entry("news.tariff", "AACN"),
            Map.entry("news.zone.founded", "AZR"),
            Map.entry("news.zone.joined", "AZ"),
            Map.entry("news.zone.left", "AZ"));

    private final Names names;

    public NewsRenderer(Names names) {
        this.names = names;
    }

    /** One line of news in the current language. */
    public String render(NewsItem item) {
        String sig = SIGNATURES.getOrDefault(item.key(), "");
        Object[] args = new Object[item.args().size()];
        for (int i = 0; i < args.length; i++) {
            String raw = item.args().get(i);
            char kind = i < sig.length() ? sig.charAt(i) : '?';
            args[i] = convert(kind, raw);
        }
        if (!Texts.has(item.key())) {
            return item.key() + (args.length == 0 ? "" : " " + List.of(args));
        }
        return Texts.get(item.key(), args);
    }

    /** A second line with details, when there is one (an event's description). */
    public String detail(NewsItem item) {
        if ("news.event".equals(item.key()) && !item.args().isEmpty()) return names.eventText(item.args().get(0));
        return "";
    }

    private Object convert(char kind, String raw) {
        return switch (kind) {
            case 'A' -> names.actor(raw);
            case 'K' -> names.market(raw);
            case 'S' -> names.sector(raw);
            case 'C' -> names.commodity(raw);
            case 'J' -> names.project(raw);
            case 'E' -> names.event(raw);
            case 'M' -> Names.constant("mode", raw);
            case 'G' -> names.target(raw);
            case 'R' -> rules(raw);
            case 'O' -> Names.orderType(raw);
            case 'X' -> Texts.getOr("order.reject." + raw, raw);
            case 'Q' -> Names.constant("proposal.kind", raw);
            case 'N' -> number(raw);
            default -> raw;
        };
    }

    /** Numbers grouped for reading in the current language (21,452,292); anything else as given. */
    static String number(String raw) {
        try {
            double d = Double.parseDouble(raw);
            if (!Double.isFinite(d)) return raw;
            java.text.NumberFormat f = java.text.NumberFormat.getNumberInstance(Texts.locale());
            f.setMaximumFractionDigits(Math.abs(d) >= 100 ? 0 : Math.abs(d) >= 10 ? 1 : 2);
            return f.format(d);
        } catch (NumberFormatException e) {
            return raw;
        }
    }

    private static String rules(String raw) {
        List<String> out = new ArrayList<>();
        for (String r : raw.split("\\+")) if (!r.isBlank()) out.add(Names.constant("zone.rule", r));
        return String.join(Texts.get("list.separator"), out);
    }
}
