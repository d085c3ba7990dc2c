package chokepoint.ui.app;

import chokepoint.engine.Game;
import chokepoint.engine.scenario.CommodityDef;
import chokepoint.engine.scenario.EventDef;
import chokepoint.engine.scenario.Scenario;
import chokepoint.engine.scenario.SectorDef;
import chokepoint.engine.scenario.StageDef;
import chokepoint.engine.scenario.Text;
import chokepoint.engine.state.TradeZone;

import java.util.Locale;

/**
 * Display names of scenario things (actors, commodities, stages, markets, projects, events, sectors, zones) in
 * the current language, from the scenario's own texts.
 */
public final class Names {
    private final Game game;

    public Names(Game game) {
        this.game = game;
    }

    private Scenario sc() {
        return game.scenario();
    }

    private static String lang() {
        return Texts.language();
    }

    private static String in(Text t, String fallback) {
        return t == null ? fallback : t.in(lang());
    }

    public String actor(String id) {
        if (id == null) return "?";
        if ("*".equals(id)) return Texts.get("target.everyone");
        return sc().actor(id).map(a -> in(a.name(), id)).orElse(id);
    }

    public String commodity(String id) {
        if ("*".equals(id)) return Texts.get("commodity.all");
        return sc().commodity(id).map(c -> in(c.name(), id)).orElse(id);
    }

    public String stage(String id) {
        for (StageDef s : sc().stages()) if (s.id().equals(id)) return in(s.name(), id);
        return id;
    }

    /** "NdPr — Refining" from "ndpr/refining". */
    public String market(String key) {
        if (key == null) return "?";
        int slash = key.indexOf('/');
        if (slash < 0) return commodity(key);
        return Texts.get("market.name", commodity(key.substring(0, slash)), stage(key.substring(slash + 1)));
    }

    public String market(String commodity, String stage) {
        return market(commodity + "/" + stage);
    }

    public String unit(String commodity, String stage) {
        int m = sc().marketIndex(commodity, stage);
        return m < 0 ? "" : sc().market(m).unit();
    }

    public String project(String id) {
        return sc().project(id).map(p -> in(p.name(), id)).orElse(id);
    }

    public String projectDescription(String id) {
        return sc().project(id).map(p -> in(p.description(), "")).orElse("");
    }

    public String event(String id) {
        for (EventDef e : sc().events()) if (e.id().equals(id)) return in(e.title(), id);
        return id;
    }

    public String eventText(String id) {
        for (EventDef e : sc().events()) if (e.id().equals(id)) return in(e.text(), "");
        return "";
    }

    public String sector(String id) {
        for (SectorDef s : sc().sectors()) if (s.id().equals(id)) return in(s.name(), id);
        return id;
    }

    public String zone(String id) {
        TradeZone z = game.state().zone(id);
        return z == null ? id : z.name;
    }

    public String scenarioName() {
        return in(sc().name(), sc().id());
    }

    /** A localized enum constant: key prefix + constant name, e.g. "mode.BAN"; the constant if unknown. */
    public static String constant(String prefix, String name) {
        return Texts.getOr(prefix + "." + name, name.toLowerCase(Locale.ROOT).replace('_', ' '));
    }

    /** Order type name, e.g. "Buy for stockpile". */
    public static String orderType(String type) {
        return Texts.getOr("order.type." + type, type);
    }

    /** Target as written by the engine: "*" everyone, "A+B" actors, "!zone" everyone outside the zone. */
    public String target(String described) {
        if (described == null || described.isEmpty() || "*".equals(described)) return Texts.get("target.everyone");
        if (described.startsWith("!")) return Texts.get("target.outsideZone", zone(described.substring(1)));
        String[] ids = described.split("\\+");
        StringBuilder sb = new StringBuilder();
        for (String id : ids) {
            if (sb.length() > 0) sb.append(Texts.get("list.separator"));
            sb.append(actor(id));
        }
        return sb.toString();
    }

    public CommodityDef commodityDef(String id) {
        return sc().commodity(id).orElse(null);
    }
}
