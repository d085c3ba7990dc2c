package chokepoint.scenario;

import chokepoint.engine.scenario.ActorDef;
import chokepoint.engine.scenario.ActorKind;
import chokepoint.engine.scenario.CapacityDef;
import chokepoint.engine.scenario.DemandDef;
import chokepoint.engine.scenario.ObjectiveDef;
import chokepoint.engine.scenario.ObjectiveKind;
import chokepoint.engine.scenario.SectorShareDef;
import chokepoint.engine.scenario.StockDef;
import chokepoint.engine.scenario.Text;
import com.google.gson.JsonElement;

import java.util.EnumSet;
import java.util.Set;

/** Reads one actor with its capacities, demands, stockpiles, sector shares and objectives. */
final class ActorReader {
    static final int MAX_TURNS = 200;

    private static final Set<ObjectiveKind> MARKET_OBJECTIVES = EnumSet.of(ObjectiveKind.SUPPLIER_SHARE_AT_MOST,
            ObjectiveKind.SINGLE_SUPPLIER_AT_MOST, ObjectiveKind.DOMESTIC_SHARE_AT_LEAST,
            ObjectiveKind.RECYCLING_SHARE_AT_LEAST, ObjectiveKind.STOCKPILE_DAYS_AT_LEAST,
            ObjectiveKind.GLOBAL_SHARE_AT_LEAST, ObjectiveKind.SHORTAGE_AT_MOST);

    private ActorReader() {}

    static ActorDef read(JsonElement element, String path, Problems problems) {
        Fields f = Fields.of(element, path, problems);
        ActorDef actor = new ActorDef(
                f.id("id", IdStyle.ACTOR),
                f.text("name"),
                f.enumValue("kind", ActorKind.class),
                f.bool("playable"),
                f.list("mapIds", false, (e, p) -> f.checkId(e, p, IdStyle.MAP)),
                f.sourced("gdp", Range.NON_NEGATIVE),
                f.sourced("budget", Range.NON_NEGATIVE),
                f.sourced("income", Range.NON_NEGATIVE),
                f.integer("actionPoints", 0, 20),
                f.optBool("hostsInvestment", false),
                f.list("capacities", false, (e, p) -> capacity(e, p, problems)),
                f.list("demands", false, (e, p) -> demand(e, p, problems)),
                f.list("stockpiles", false, (e, p) -> stock(e, p, problems)),
                f.list("sectorShares", false, (e, p) -> sectorShare(e, p, problems)),
                f.list("objectives", false, (e, p) -> objective(e, p, problems)));
        f.finish();
        return actor;
    }

    private static CapacityDef capacity(JsonElement element, String path, Problems problems) {
        Fields f = Fields.of(element, path, problems);
        CapacityDef c = new CapacityDef(f.id("commodity", IdStyle.LOWER), f.id("stage", IdStyle.LOWER),
                f.sourced("annual", Range.NON_NEGATIVE), f.number("utilisation", Range.SHARE));
        f.finish();
        return c;
    }

    private static DemandDef demand(JsonElement element, String path, Problems problems) {
        Fields f = Fields.of(element, path, problems);
        DemandDef d = new DemandDef(f.id("commodity", IdStyle.LOWER), f.id("stage", IdStyle.LOWER),
                f.id("sector", IdStyle.LOWER), f.sourced("annual", Range.NON_NEGATIVE),
                f.number("criticality", Range.SHARE));
        f.finish();
        return d;
    }

    private static StockDef stock(JsonElement element, String path, Problems problems) {
        Fields f = Fields.of(element, path, problems);
        StockDef s = new StockDef(f.id("commodity", IdStyle.LOWER), f.id("stage", IdStyle.LOWER),
                f.sourced("quantity", Range.NON_NEGATIVE));
        f.finish();
        return s;
    }

    private static SectorShareDef sectorShare(JsonElement element, String path, Problems problems) {
        Fields f = Fields.of(element, path, problems);
        SectorShareDef s = new SectorShareDef(f.id("sector", IdStyle.LOWER), f.sourced("share", Range.SHARE));
        f.finish();
        return s;
    }

    private static ObjectiveDef objective(JsonElement element, String path, Problems problems) {
        Fields f = Fields.of(element, path, problems);
        String id = f.id("id", IdStyle.LOWER);
        Text text = f.text("text");
        ObjectiveKind kind = f.enumValue("kind", ObjectiveKind.class);
        boolean market = kind != null && MARKET_OBJECTIVES.contains(kind);
        String commodity = market ? f.id("commodity", IdStyle.LOWER) : f.optId("commodity", IdStyle.LOWER);
        String stage = market ? f.id("stage", IdStyle.LOWER) : f.optId("stage", IdStyle.LOWER);
        String other;
        if (kind == ObjectiveKind.SUPPLIER_SHARE_AT_MOST) other = f.id("other", IdStyle.ACTOR);
        else if (kind == ObjectiveKind.PROJECT_DONE) other = f.id("other", IdStyle.LOWER);
        else other = f.optString("other");
        Range range = thresholdRange(kind);
        double threshold = kind == null || kind == ObjectiveKind.PROJECT_DONE
                ? f.optNumber("threshold", range, 0) : f.number("threshold", range);
        ObjectiveDef o = new ObjectiveDef(id, text, kind, commodity, stage, other, threshold,
                f.integer("byTurn", 0, MAX_TURNS), f.number("weight", new Range(0, true, 100, false)),
                f.string("source"));
        f.finish();
        return o;
    }

    private static Range thresholdRange(ObjectiveKind kind) {
        if (kind == null) return Range.ANY;
        return switch (kind) {
            case SUPPLIER_SHARE_AT_MOST, SINGLE_SUPPLIER_AT_MOST, RECYCLING_SHARE_AT_LEAST, GLOBAL_SHARE_AT_LEAST,
                    SHORTAGE_AT_MOST -> Range.SHARE;
            case DOMESTIC_SHARE_AT_LEAST -> Range.between(0, 10);
            case STOCKPILE_DAYS_AT_LEAST -> Range.between(0, 3650);
            case GDP_INDEX_AT_LEAST, EXPORT_REVENUE_AT_LEAST, PROJECT_DONE -> Range.NON_NEGATIVE;
        };
    }

    /** Kinds whose commodity and stage fields name a market. */
    static boolean usesMarket(ObjectiveKind kind) {
        return kind != null && MARKET_OBJECTIVES.contains(kind);
    }
}
