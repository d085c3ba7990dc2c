package chokepoint.ui.app;

import chokepoint.engine.Game;
import chokepoint.engine.scenario.CommodityDef;
import chokepoint.text.NewsFormatter;
import chokepoint.text.ScenarioNames;

import java.util.Locale;

/**
 * Display names of scenario things (actors, commodities, stages, markets, projects, events, sectors, zones) in
 * the window's current language: {@link ScenarioNames} of the language the window shows now, so a language
 * switch takes effect at the next call.
 */
public final class Names {
    private final Game game;
    private ScenarioNames current;

    public Names(Game game) {
        this.game = game;
    }

    /** The names in the current language (rebuilt after a language switch). */
    public ScenarioNames inCurrentLanguage() {
        ScenarioNames n = current;
        if (n == null || !n.lang().equals(Texts.language())) {
            n = ScenarioNames.of(game, Texts.language());
            current = n;
        }
        return n;
    }

    /** News sentences in the current language. */
    public NewsFormatter news() { return new NewsFormatter(inCurrentLanguage()); }

    public String actor(String id) { return inCurrentLanguage().actor(id); }

    public String commodity(String id) { return inCurrentLanguage().commodity(id); }

    public String stage(String id) { return inCurrentLanguage().stage(id); }

    /** "NdPr — Refining" from "ndpr/refining". */
    public String market(String key) { return inCurrentLanguage().market(key); }

    public String market(String commodity, String stage) { return inCurrentLanguage().market(commodity, stage); }

    public String unit(String commodity, String stage) { return inCurrentLanguage().unit(commodity, stage); }

    public String project(String id) { return inCurrentLanguage().project(id); }

    public String projectDescription(String id) { return inCurrentLanguage().projectDescription(id); }

    public String event(String id) { return inCurrentLanguage().event(id); }

    public String eventText(String id) { return inCurrentLanguage().eventText(id); }

    public String sector(String id) { return inCurrentLanguage().sector(id); }

    public String zone(String id) { return inCurrentLanguage().zone(id); }

    public String scenarioName() { return inCurrentLanguage().scenarioName(); }

    /** Target as written by the engine: "*" everyone, "A+B" actors, "!zone" everyone outside the zone. */
    public String target(String described) { return inCurrentLanguage().target(described); }

    /**
     * A localized enum constant: key prefix + constant name, e.g. "mode.BAN"; the constant if unknown. Static
     * because screens use it without a game; it also finds the map and timeline strings.
     */
    public static String constant(String prefix, String name) {
        return Texts.getOr(prefix + "." + name, name.toLowerCase(Locale.ROOT).replace('_', ' '));
    }

    /** Order type name, e.g. "Buy for stockpile". */
    public static String orderType(String type) {
        return Texts.getOr("order.type." + type, type);
    }

    public CommodityDef commodityDef(String id) {
        return game.scenario().commodity(id).orElse(null);
    }
}
