package chokepoint.text;

import chokepoint.engine.Game;
import chokepoint.engine.state.NewsItem;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Engine news (a key and its arguments) as a sentence in one language, through the news bundle. Each key has an
 * argument signature saying what every argument is, so ids become the scenario's localized names:
 * A actor, K market key, S sector, C commodity or "*", J project, E event, M control mode, G target,
 * R zone rules ("A+B"), O order type, X rejection code, Q proposal kind, N number (grouped), L turn label and
 * Z zone name (as given, or localized for a zone the AI founded: {@link ScenarioNames#zoneName}).
 */
public final class NewsFormatter {
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
            Map.entry("news.stock.releasePart", "KNN"),
            Map.entry("news.stock.target", "KN"),
            Map.entry("news.summit", "AA"),
            Map.entry("news.tariff", "AACN"),
            Map.entry("news.zone.founded", "AZR"),
            Map.entry("news.zone.joined", "AZ"),
            Map.entry("news.zone.left", "AZ"));

    /** "United States's" reads "United States'" in English (AI reasons too, {@link ReasonFormatter}). */
    static final Pattern POSSESSIVE = Pattern.compile("(?<=\\w)s's\\b");

    private final ScenarioNames names;
    private final Messages messages;

    public NewsFormatter(ScenarioNames names) {
        this.names = names;
        this.messages = names.messages();
    }

    public static NewsFormatter of(Game game, String lang) {
        return new NewsFormatter(ScenarioNames.of(game, lang));
    }

    /** Whether the formatter knows what each argument of this key is. */
    public static boolean hasSignature(String key) {
        return SIGNATURES.containsKey(key);
    }

    /** One line of news; a key without a template gives "key [args]". */
    public String line(NewsItem item) {
        String sig = SIGNATURES.getOrDefault(item.key(), "");
        Object[] args = new Object[item.args().size()];
        for (int i = 0; i < args.length; i++) {
            args[i] = convert(i < sig.length() ? sig.charAt(i) : '?', item.args().get(i));
        }
        String text = messages.format(item.key(), args);
        if (text == null) return item.key() + (args.length == 0 ? "" : " " + List.of(args));
        return english() ? POSSESSIVE.matcher(text).replaceAll("s'") : text;
    }

    /** A second line with details, when there is one (an event's description); otherwise "". */
    public String detail(NewsItem item) {
        if ("news.event".equals(item.key()) && !item.args().isEmpty()) return names.eventText(item.args().get(0));
        return "";
    }

    /**
     * The engine writes one output-loss line per sector; lines of one actor with the same cause share a group key
     * (null for news that is never grouped), so a report can say it once, listing the sectors.
     */
    public static String groupKey(NewsItem n) {
        List<String> a = n.args();
        if ("news.output.control".equals(n.key()) && a.size() >= 7) {
            return n.key() + "|" + a.get(0) + "|" + a.get(3) + "|" + a.get(4) + "|" + a.get(6) + "|" + n.audience();
        }
        if ("news.output.shortage".equals(n.key()) && a.size() >= 4) {
            return n.key() + "|" + a.get(0) + "|" + a.get(3) + "|" + n.audience();
        }
        return null;
    }

    /** One line for news items of one group key, listing each sector's loss. */
    public String groupedLine(List<NewsItem> group) {
        if (group.size() == 1) return line(group.get(0));
        List<String> sectors = new ArrayList<>();
        double held = 0;
        for (NewsItem n : group) {
            sectors.add(messages.getOr("news.sectorLoss", n.args().get(1) + " " + n.args().get(2) + "%",
                    names.sector(n.args().get(1)), n.args().get(2)));
            if (n.args().size() > 5) held = Math.max(held, parse(n.args().get(5)));
        }
        String list = String.join(names.separator(), sectors);
        List<String> a = group.get(0).args();
        String text;
        if ("news.output.control".equals(group.get(0).key())) {
            text = messages.format("news.output.control.sectors", names.actor(a.get(0)), list, names.actor(a.get(3)),
                    names.constant("mode", a.get(4)), Long.toString(Math.round(held)), names.market(a.get(6)));
        } else {
            text = messages.format("news.output.shortage.sectors", names.actor(a.get(0)), list, names.market(a.get(3)));
        }
        if (text == null) return line(group.get(0));
        return english() ? POSSESSIVE.matcher(text).replaceAll("s'") : text;
    }

    private boolean english() {
        return !"ja".equals(messages.lang());
    }

    private Object convert(char kind, String raw) {
        return switch (kind) {
            case 'A' -> names.actor(raw);
            case 'K' -> names.market(raw);
            case 'S' -> names.sector(raw);
            case 'C' -> names.commodity(raw);
            case 'J' -> names.project(raw);
            case 'E' -> names.event(raw);
            case 'M' -> names.constant("mode", raw);
            case 'G' -> names.target(raw);
            case 'R' -> rules(raw);
            case 'O' -> names.orderType(raw);
            case 'X' -> names.rejection(raw);
            case 'Q' -> names.constant("proposal.kind", raw);
            case 'N' -> number(raw);
            case 'Z' -> names.zoneName(raw);
            default -> raw;
        };
    }

    /** Numbers grouped for reading in the language (21,452,292); anything else as given. */
    String number(String raw) {
        try {
            double d = Double.parseDouble(raw);
            if (!Double.isFinite(d)) return raw;
            NumberFormat f = NumberFormat.getNumberInstance(messages.locale());
            f.setMaximumFractionDigits(Math.abs(d) >= 100 ? 0 : Math.abs(d) >= 10 ? 1 : 2);
            return f.format(d);
        } catch (NumberFormatException e) {
            return raw;
        }
    }

    private String rules(String raw) {
        List<String> out = new ArrayList<>();
        for (String r : raw.split("\\+")) if (!r.isBlank()) out.add(names.constant("zone.rule", r));
        return String.join(names.separator(), out);
    }

    private static double parse(String s) {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
