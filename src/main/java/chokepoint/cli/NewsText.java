package chokepoint.cli;

import chokepoint.engine.scenario.ActorDef;
import chokepoint.engine.scenario.CommodityDef;
import chokepoint.engine.scenario.EventDef;
import chokepoint.engine.scenario.MarketDef;
import chokepoint.engine.scenario.ProjectDef;
import chokepoint.engine.scenario.Scenario;
import chokepoint.engine.scenario.StageDef;
import chokepoint.engine.state.NewsItem;

import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * English text for news items in reports. Uses the UI's bundle {@code i18n/news.properties} (under assets/) when
 * it exists, otherwise the small built-in templates below. Arguments that are actor, market, commodity, event or
 * project ids are shown by their English names.
 */
public final class NewsText {
    static final Map<String, String> TEMPLATES = Map.ofEntries(
            Map.entry("news.armsSale", "{0} sold arms to {1}."),
            Map.entry("news.control.imposed", "{0} imposed a new control on {1} exports against {3}: {2}."),
            Map.entry("news.control.lifted", "{0} lifted its export controls on {1}."),
            Map.entry("news.cyber.attributed", "A cyber operation against {1}''s {2} was attributed to {0}."),
            Map.entry("news.cyber.foiled", "{0}''s cyber operation against {1}''s {2} was foiled and exposed."),
            Map.entry("news.cyber.unattributed", "An unattributed cyber attack hit our {0} infrastructure."),
            Map.entry("news.cyber.success", "Our cyber operation against {0}''s {1} succeeded."),
            Map.entry("news.cyber.failed", "Our cyber operation against {0}''s {1} failed."),
            Map.entry("news.escort", "{0} escorted {1} shipping."),
            Map.entry("news.event", "Event: {0}."),
            Map.entry("news.exercise", "{0} held military exercises near {1}."),
            Map.entry("news.invest.cancelled", "{0}''s {2} project in {1} was cancelled in permitting."),
            Map.entry("news.invest.delayed", "Our {1} project in {0} was delayed by permitting."),
            Map.entry("news.invest.home", "{0} is building {2} a year of {1} capacity at home, ready {3}."),
            Map.entry("news.invest.hosted", "{0} will build {3} a year of {2} capacity in {1}, ready {4}."),
            Map.entry("news.invest.ready", "{0}''s new {2} plant in {1} started production ({3} a year)."),
            Map.entry("news.offtake.signed", "{0} signed an offtake deal with {1}: {3} a year of {2} for {4} turns."),
            Map.entry("news.order.rejected", "Order {0} was rejected ({1})."),
            Map.entry("news.output.control", "{0}''s {1} output fell {2}% because {3}''s {4} held back {5}% of its {6} imports."),
            Map.entry("news.output.shortage", "{0}''s {1} output fell {2}% for lack of {3}."),
            Map.entry("news.plant.restarted", "{0}''s idle {2} plant in {1} restarted."),
            Map.entry("news.plant.stranded", "{0}''s {2} plant in {1} was idled by low prices."),
            Map.entry("news.price.up", "The price of {0} rose {1}% to US${2}."),
            Map.entry("news.price.down", "The price of {0} fell {1}% to US${2}."),
            Map.entry("news.price.premium", "Buyers outside the controls pay a {1}% premium for {0}."),
            Map.entry("news.proposal.invest", "{0} proposes to build {2} a year of {1} capacity in our territory."),
            Map.entry("news.proposal.offtake", "{0} offers to buy {2} a year of our {1} for {3} turns."),
            Map.entry("news.proposal.rejected", "{0} rejected our proposal ({1})."),
            Map.entry("news.proposal.zone", "{0} invites us to join {1}."),
            Map.entry("news.research.cancelled", "We cancelled the research project {0}."),
            Map.entry("news.research.failure", "The research project {0} failed."),
            Map.entry("news.research.stalled", "The research project {0} stalled for lack of budget."),
            Map.entry("news.research.started", "We started the research project {0}."),
            Map.entry("news.research.success", "{0}''s research project {1} succeeded."),
            Map.entry("news.sanction", "{0} imposed sanctions on {1}."),
            Map.entry("news.sanction.lifted", "{0} lifted its sanctions on {1}."),
            Map.entry("news.stock.drawn", "We drew {1} from our {0} stockpile, covering {2}% of demand."),
            Map.entry("news.stock.release", "We released {1} from our {0} stockpile."),
            Map.entry("news.stock.target", "Our {0} stockpile target is now {1} days of demand."),
            Map.entry("news.summit", "{0} and {1} held a summit."),
            Map.entry("news.tariff", "{0} set a {3}% tariff on {2} from {1}."),
            Map.entry("news.zone.founded", "{0} founded the trade zone {1} ({2})."),
            Map.entry("news.zone.joined", "{0} joined {1}."),
            Map.entry("news.zone.left", "{0} left {1}."));

    private static final java.util.regex.Pattern POSSESSIVE = java.util.regex.Pattern.compile("(?<=\\w)s's\\b");

    private final ResourceBundle bundle;
    private final Map<String, String> names = new HashMap<>();

    public NewsText(Scenario scenario) {
        this.bundle = loadBundle();
        for (ActorDef a : scenario.actors()) if (a.name() != null) names.put(a.id(), a.name().en());
        Map<String, String> stageNames = new HashMap<>();
        for (StageDef s : scenario.stages()) stageNames.put(s.id(), s.name() == null ? s.id() : s.name().en());
        for (CommodityDef c : scenario.commodities()) {
            String cn = c.name() == null ? c.id() : c.name().en();
            names.putIfAbsent(c.id(), cn);
            for (MarketDef m : c.stages()) {
                names.put(m.key(), cn + " (" + stageNames.getOrDefault(m.stage(), m.stage()).toLowerCase(Locale.ROOT) + ")");
            }
        }
        for (var sector : scenario.sectors()) if (sector.name() != null) names.putIfAbsent(sector.id(), sector.name().en());
        for (EventDef e : scenario.events()) if (e.title() != null) names.putIfAbsent(e.id(), e.title().en());
        for (ProjectDef p : scenario.projects()) if (p.name() != null) names.putIfAbsent(p.id(), p.name().en());
        names.put("*", "everyone");
        names.put("LICENCE", "licence requirement");
        names.put("QUOTA", "quota");
        names.put("BAN", "ban");
    }

    private static ResourceBundle loadBundle() {
        try {
            return ResourceBundle.getBundle("i18n.news", Locale.ROOT);
        } catch (MissingResourceException e) {
            return null;
        }
    }

    /** English text of a news item; unknown keys give "key: args". */
    public String text(NewsItem n) {
        String pattern = null;
        if (bundle != null && bundle.containsKey(n.key())) pattern = bundle.getString(n.key());
        if (pattern == null) pattern = TEMPLATES.get(n.key());
        List<String> args = n.args() == null ? List.of() : n.args();
        Object[] shown = new Object[args.size()];
        for (int i = 0; i < shown.length; i++) shown[i] = name(args.get(i));
        if (pattern == null) return n.key() + ": " + String.join(", ", args);
        try {
            return POSSESSIVE.matcher(new MessageFormat(pattern, Locale.ROOT).format(shown)).replaceAll("s'");
        } catch (IllegalArgumentException e) {
            return n.key() + ": " + String.join(", ", args);
        }
    }

    /** English name of an id (actor, market, commodity, sector, event, project), or the id itself. */
    public String name(String arg) {
        if (arg == null) return "";
        String n = names.get(arg);
        if (n != null) return n;
        if (arg.contains("+")) {
            StringBuilder sb = new StringBuilder();
            for (String part : arg.split("\\+")) sb.append(sb.length() == 0 ? "" : ", ").append(names.getOrDefault(part, part));
            return sb.toString();
        }
        if (arg.startsWith("!") && arg.length() > 1) return "everyone outside " + arg.substring(1);
        return arg;
    }
}
