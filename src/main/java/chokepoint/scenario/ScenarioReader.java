package chokepoint.scenario;

import chokepoint.engine.scenario.AllianceDef;
import chokepoint.engine.scenario.Calendar;
import chokepoint.engine.scenario.CommodityDef;
import chokepoint.engine.scenario.EventDef;
import chokepoint.engine.scenario.MarketDef;
import chokepoint.engine.scenario.ParameterKey;
import chokepoint.engine.scenario.Parameters;
import chokepoint.engine.scenario.ProjectDef;
import chokepoint.engine.scenario.RelationDef;
import chokepoint.engine.scenario.Scenario;
import chokepoint.engine.scenario.SectorDef;
import chokepoint.engine.scenario.Sourced;
import chokepoint.engine.scenario.StageDef;
import chokepoint.engine.scenario.TradeTieDef;
import com.google.gson.JsonElement;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Walks the JSON tree of a scenario file and builds the definition records, checking presence, types and
 * ranges of every field. References between parts are checked afterwards by {@link ReferenceCheck}.
 */
final class ScenarioReader {
    private static final Set<Integer> PERIODS_PER_YEAR = Set.of(1, 2, 4, 12);

    private ScenarioReader() {}

    /** The scenario read from the tree; returns null when the format version rules out reading the rest. */
    static Scenario read(JsonElement root, Problems problems) {
        if (root == null || !root.isJsonObject()) {
            problems.add("$", "a scenario file must be a JSON object {...}, got " + Fields.show(root));
            return null;
        }
        Fields f = Fields.of(root, "$", problems);
        if (!formatVersionOk(f)) return null;
        Scenario scenario = new Scenario(
                f.id("id", IdStyle.LOWER),
                f.text("name"),
                f.text("description"),
                calendar(f),
                f.longInteger("defaultSeed", Long.MIN_VALUE, Long.MAX_VALUE),
                parameters(f),
                f.nonEmptyList("stages", (e, p) -> stage(e, p, problems)),
                f.list("sectors", true, (e, p) -> sector(e, p, problems)),
                f.nonEmptyList("commodities", (e, p) -> commodity(e, p, problems)),
                f.nonEmptyList("actors", (e, p) -> ActorReader.read(e, p, problems)),
                f.list("relations", false, (e, p) -> relation(e, p, problems)),
                f.list("alliances", false, (e, p) -> alliance(e, p, problems)),
                f.list("tradeTies", false, (e, p) -> tradeTie(e, p, problems)),
                f.sourced("initialTension", Range.between(0, 100)),
                f.list("initialPolicies", false, (e, p) -> EffectReader.read(e, p, problems, EffectReader.Place.POLICY)),
                f.list("projects", false, (e, p) -> project(e, p, problems)),
                f.list("events", false, (e, p) -> event(e, p, problems)));
        f.finish();
        return scenario;
    }

    /** False when the file is from a newer version: its other fields may mean something else. */
    private static boolean formatVersionOk(Fields f) {
        JsonElement e = f.raw("formatVersion", false);
        String at = f.pathOf("formatVersion");
        if (e == null) {
            f.problems().add(at, "required field is missing (this version of Chokepoint reads \"formatVersion\": "
                    + Scenario.FORMAT_VERSION + ")");
            return true;
        }
        double v = Fields.isNumber(e) ? e.getAsDouble() : Double.NaN;
        if (v > Scenario.FORMAT_VERSION) {
            f.problems().add(at, "the file was made by a newer version of Chokepoint (format " + Fields.show(e)
                    + "; this version reads format " + Scenario.FORMAT_VERSION + "): update the game to open it");
            return false;
        }
        if (v != Scenario.FORMAT_VERSION) {
            f.problems().add(at, "must be " + Scenario.FORMAT_VERSION + ", got " + Fields.show(e));
        }
        return true;
    }

    private static Calendar calendar(Fields top) {
        JsonElement e = top.raw("calendar", true);
        if (e == null) return null;
        Fields f = Fields.of(e, top.pathOf("calendar"), top.problems());
        int startYear = f.integer("startYear", 1900, 2200);
        int startPeriod = f.integer("startPeriod", 1, 12);
        int periods = f.integer("periodsPerYear", 1, 12);
        if (f.has("periodsPerYear") && periods != 0 && !PERIODS_PER_YEAR.contains(periods)) {
            f.problems().add(f.pathOf("periodsPerYear"), "must be 1, 2, 4 or 12, got " + periods);
        }
        if (periods > 0 && startPeriod > periods) {
            f.problems().add(f.pathOf("startPeriod"), "must be between 1 and periodsPerYear (" + periods + "), got "
                    + startPeriod);
        }
        int turns = f.integer("turns", 1, ActorReader.MAX_TURNS);
        f.finish();
        return new Calendar(startYear, startPeriod, periods, turns);
    }

    private static Parameters parameters(Fields top) {
        Problems problems = top.problems();
        Map<ParameterKey, Sourced> values = new EnumMap<>(ParameterKey.class);
        Map<String, Sourced> raw = top.members("parameters", false, (name, e, p) -> {
            ParameterKey key = ParameterKey.byJsonName(name).orElse(null);
            if (key == null) {
                problems.add(p, "unknown parameter (see ParameterKey for the names)");
                return null;
            }
            return top.sourced(e, p, Range.between(key.min(), key.max()));
        });
        raw.forEach((name, s) -> ParameterKey.byJsonName(name).ifPresent(k -> {
            if (s != null) values.put(k, s);
        }));
        Sourced min = values.get(ParameterKey.LICENCE_APPROVAL_MIN);
        Sourced max = values.get(ParameterKey.LICENCE_APPROVAL_MAX);
        double lo = min == null ? ParameterKey.LICENCE_APPROVAL_MIN.defaultValue() : min.value();
        double hi = max == null ? ParameterKey.LICENCE_APPROVAL_MAX.defaultValue() : max.value();
        if (lo > hi) {
            problems.add(top.pathOf("parameters") + ".licenceApprovalMin.value",
                    "must not be larger than licenceApprovalMax (" + Range.fmt(hi) + "), got " + Range.fmt(lo));
        }
        return new Parameters(values);
    }

    private static StageDef stage(JsonElement element, String path, Problems problems) {
        Fields f = Fields.of(element, path, problems);
        StageDef s = new StageDef(f.id("id", IdStyle.LOWER), f.text("name"));
        f.finish();
        return s;
    }

    private static SectorDef sector(JsonElement element, String path, Problems problems) {
        Fields f = Fields.of(element, path, problems);
        SectorDef s = new SectorDef(f.id("id", IdStyle.LOWER), f.text("name"));
        f.finish();
        return s;
    }

    private static CommodityDef commodity(JsonElement element, String path, Problems problems) {
        Fields f = Fields.of(element, path, problems);
        String id = f.id("id", IdStyle.LOWER);
        CommodityDef c = new CommodityDef(id, f.text("name"),
                f.nonEmptyList("stages", (e, p) -> market(e, p, problems, id, p.endsWith("[0]"))),
                f.sourced("elasticity", Range.POSITIVE),
                f.number("controlPremium", Range.NON_NEGATIVE));
        f.finish();
        return c;
    }

    private static MarketDef market(JsonElement element, String path, Problems problems, String commodity,
                                    boolean first) {
        Fields f = Fields.of(element, path, problems);
        String named = f.optId("commodity", IdStyle.LOWER);
        if (named != null && commodity != null && !named.equals(commodity)) {
            problems.add(f.pathOf("commodity"), "must be the enclosing commodity \"" + commodity + "\", got \""
                    + named + "\"");
        }
        MarketDef m = new MarketDef(commodity != null ? commodity : named, f.id("stage", IdStyle.LOWER), f.string("unit"),
                f.number("inputRatio", first ? Range.NON_NEGATIVE : Range.POSITIVE),
                f.sourced("referencePrice", Range.POSITIVE),
                f.sourced("buildCost", Range.NON_NEGATIVE),
                f.integer("leadTurns", 1, ActorReader.MAX_TURNS), f.optText("unitName"));
        f.finish();
        return m;
    }

    private static RelationDef relation(JsonElement element, String path, Problems problems) {
        Fields f = Fields.of(element, path, problems);
        RelationDef r = new RelationDef(f.id("a", IdStyle.ACTOR), f.id("b", IdStyle.ACTOR),
                f.sourced("value", Range.between(-100, 100)));
        f.finish();
        return r;
    }

    private static AllianceDef alliance(JsonElement element, String path, Problems problems) {
        Fields f = Fields.of(element, path, problems);
        AllianceDef a = new AllianceDef(f.id("id", IdStyle.LOWER), f.text("name"),
                f.nonEmptyList("members", (e, p) -> f.checkId(e, p, IdStyle.ACTOR)), f.string("source"));
        f.finish();
        return a;
    }

    private static TradeTieDef tradeTie(JsonElement element, String path, Problems problems) {
        Fields f = Fields.of(element, path, problems);
        String importer = f.id("importer", IdStyle.ACTOR);
        String commodity = f.id("commodity", IdStyle.LOWER);
        String stage = f.id("stage", IdStyle.LOWER);
        Map<String, Double> shares = new LinkedHashMap<>();
        f.members("shares", true, (k, e, p) -> f.number(e, p, Range.SHARE, 0)).forEach(shares::put);
        TradeTieDef t = new TradeTieDef(importer, commodity, stage, shares, f.string("source"));
        f.finish();
        return t;
    }

    private static ProjectDef project(JsonElement element, String path, Problems problems) {
        Fields f = Fields.of(element, path, problems);
        ProjectDef p = new ProjectDef(f.id("id", IdStyle.LOWER), f.text("name"), f.text("description"),
                f.list("eligible", false, (e, at) -> f.checkId(e, at, IdStyle.ACTOR)),
                f.optId("prerequisite", IdStyle.LOWER),
                f.number("costPerTurn", Range.NON_NEGATIVE),
                f.integer("duration", 1, ActorReader.MAX_TURNS),
                f.number("successChance", Range.SHARE),
                f.list("effects", true, (e, at) -> EffectReader.read(e, at, problems, EffectReader.Place.PROJECT)),
                f.string("source"));
        f.finish();
        return p;
    }

    private static EventDef event(JsonElement element, String path, Problems problems) {
        Fields f = Fields.of(element, path, problems);
        EventDef e = new EventDef(f.id("id", IdStyle.LOWER), f.text("title"), f.text("text"),
                f.integer("turn", 0, ActorReader.MAX_TURNS),
                f.optNumber("probability", Range.SHARE, 0),
                f.optNumber("tensionSensitivity", Range.SHARE, 0),
                f.optBool("repeatable", false),
                f.list("effects", true, (x, at) -> EffectReader.read(x, at, problems, EffectReader.Place.EVENT)),
                f.string("source"));
        f.finish();
        return e;
    }
}
