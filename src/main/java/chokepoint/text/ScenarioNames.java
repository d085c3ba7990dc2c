package chokepoint.text;

import chokepoint.engine.Game;
import chokepoint.engine.scenario.EventDef;
import chokepoint.engine.scenario.Scenario;
import chokepoint.engine.scenario.SectorDef;
import chokepoint.engine.scenario.StageDef;
import chokepoint.engine.scenario.Text;
import chokepoint.engine.state.TradeZone;

import java.util.Locale;
import java.util.function.Function;

/**
 * Display names of scenario things (actors, commodities, stages, markets, projects, events, sectors, trade zones)
 * and of the engine's constants (control modes, order types, rejection codes) in one language, from the
 * scenario's own texts and the {@link Messages} of that language. Ids that are unknown are shown as given.
 */
public final class ScenarioNames {
    private final Scenario sc;
    private final Function<String, String> zoneName;
    private final Messages messages;

    /** @param zoneName name of a trade zone by id (zones are founded in play); null if unknown */
    public ScenarioNames(Scenario scenario, Function<String, String> zoneName, Messages messages) {
        this.sc = scenario;
        this.zoneName = zoneName;
        this.messages = messages;
    }

    /** Names for a game in progress (its zones included). */
    public static ScenarioNames of(Game game, String lang) {
        return new ScenarioNames(game.scenario(), id -> {
            TradeZone z = game.state().zone(id);
            return z == null ? null : z.name;
        }, Messages.of(lang));
    }

    public Messages messages() {
        return messages;
    }

    public String lang() {
        return messages.lang();
    }

    private String in(Text t, String fallback) {
        return t == null ? fallback : t.in(messages.lang());
    }

    public String actor(String id) {
        if (id == null) return "?";
        if ("*".equals(id)) return messages.getOr("target.everyone", "everyone");
        return sc.actor(id).map(a -> in(a.name(), id)).orElse(id);
    }

    public String commodity(String id) {
        if ("*".equals(id)) return messages.getOr("commodity.all", "all commodities");
        return sc.commodity(id).map(c -> in(c.name(), id)).orElse(id);
    }

    public String stage(String id) {
        for (StageDef s : sc.stages()) if (s.id().equals(id)) return in(s.name(), id);
        return id;
    }

    /** "NdPr — Refining" from "ndpr/refining"; a bare commodity id gives the commodity. */
    public String market(String key) {
        if (key == null) return "?";
        int slash = key.indexOf('/');
        if (slash < 0) return commodity(key);
        String c = commodity(key.substring(0, slash));
        String s = stage(key.substring(slash + 1));
        return messages.getOr("market.name", c + " — " + s, c, s);
    }

    public String market(String commodity, String stage) {
        return market(commodity + "/" + stage);
    }

    public String unit(String commodity, String stage) {
        int m = sc.marketIndex(commodity, stage);
        return m < 0 ? "" : sc.market(m).unitIn(messages.lang());
    }

    public String project(String id) {
        return sc.project(id).map(p -> in(p.name(), id)).orElse(id);
    }

    public String projectDescription(String id) {
        return sc.project(id).map(p -> in(p.description(), "")).orElse("");
    }

    /** An event's title; injected events are part of the game's scenario, so they are found too. */
    public String event(String id) {
        for (EventDef e : sc.events()) if (e.id().equals(id)) return in(e.title(), id);
        return id;
    }

    public String eventText(String id) {
        for (EventDef e : sc.events()) if (e.id().equals(id)) return in(e.text(), "");
        return "";
    }

    /** An actor's objective by id, in its words ("Hold 60 days of gallium by Q4 2027"). */
    public String objective(String id) {
        for (var a : sc.actors()) {
            for (var o : a.objectives()) if (o.id().equals(id)) return in(o.text(), id);
        }
        return id;
    }

    public String sector(String id) {
        for (SectorDef s : sc.sectors()) if (s.id().equals(id)) return in(s.name(), id);
        return id;
    }

    public String zone(String id) {
        String n = zoneName == null ? null : zoneName.apply(id);
        return n == null ? id : zoneName(n);
    }

    /**
     * A trade zone's name for display. Players name their zones and the name is shown as given; the AI names the
     * zones it founds "{@code <actor id>}{@value #AI_ZONE_SUFFIX}", which is shown in the reader's language
     * ("United States critical minerals zone", 「米国 重要鉱物圏」).
     */
    public String zoneName(String name) {
        return zoneName(name, id -> sc.actorIndex(id) >= 0 ? actor(id) : null, messages);
    }

    /**
     * {@link #zoneName(String)} for views that know the actors but not the scenario: {@code actorName} gives an
     * actor's display name, or null for an id that is no actor.
     */
    public static String zoneName(String name, Function<String, String> actorName, Messages messages) {
        String founder = aiZoneFounder(name);
        String actor = founder == null ? null : actorName.apply(founder);
        return actor == null ? name : messages.getOr("zone.aiName", actor + AI_ZONE_SUFFIX, actor);
    }

    /** The founder's id if {@code name} has the form of a zone name the AI gives, else null. */
    public static String aiZoneFounder(String name) {
        if (name == null || !name.endsWith(AI_ZONE_SUFFIX) || name.length() == AI_ZONE_SUFFIX.length()) return null;
        return name.substring(0, name.length() - AI_ZONE_SUFFIX.length());
    }

    /** What follows the founder's id in the name of a zone the AI founds (the name is part of the order). */
    public static final String AI_ZONE_SUFFIX = " critical minerals zone";

    public String scenarioName() {
        return in(sc.name(), sc.id());
    }

    /** A localized enum constant: key prefix + constant name, e.g. "mode.BAN"; the constant in words if unknown. */
    public String constant(String prefix, String name) {
        return messages.getOr(prefix + "." + name, name.toLowerCase(Locale.ROOT).replace('_', ' '));
    }

    /** Order type name, e.g. "Buy for stockpile". */
    public String orderType(String type) {
        return messages.getOr("order.type." + type, type);
    }

    /** Why the engine refused an order, from its rejection code. */
    public String rejection(String code) {
        return messages.getOr("order.reject." + code, code);
    }

    /** Target as written by the engine: "*" everyone, "A+B" actors, "!zone" everyone outside the zone. */
    public String target(String described) {
        if (described == null || described.isEmpty() || "*".equals(described)) return actor("*");
        if (described.startsWith("!")) {
            String z = zone(described.substring(1));
            return messages.getOr("target.outsideZone", "everyone outside " + z, z);
        }
        StringBuilder sb = new StringBuilder();
        for (String id : described.split("\\+")) {
            if (sb.length() > 0) sb.append(separator());
            sb.append(actor(id));
        }
        return sb.toString();
    }

    /** The list separator of the language (", " or "、"). */
    public String separator() {
        return messages.getOr("list.separator", ", ");
    }
}
