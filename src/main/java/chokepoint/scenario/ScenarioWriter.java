package chokepoint.scenario;

import chokepoint.engine.scenario.ActorDef;
import chokepoint.engine.scenario.AllianceDef;
import chokepoint.engine.scenario.CapacityDef;
import chokepoint.engine.scenario.CommodityDef;
import chokepoint.engine.scenario.DemandDef;
import chokepoint.engine.scenario.EffectDef;
import chokepoint.engine.scenario.EventDef;
import chokepoint.engine.scenario.MarketDef;
import chokepoint.engine.scenario.ObjectiveDef;
import chokepoint.engine.scenario.ParameterKey;
import chokepoint.engine.scenario.ProjectDef;
import chokepoint.engine.scenario.RelationDef;
import chokepoint.engine.scenario.Scenario;
import chokepoint.engine.scenario.SectorDef;
import chokepoint.engine.scenario.SectorShareDef;
import chokepoint.engine.scenario.Sourced;
import chokepoint.engine.scenario.StageDef;
import chokepoint.engine.scenario.StockDef;
import chokepoint.engine.scenario.Text;
import chokepoint.engine.scenario.TradeTieDef;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes a scenario in the file format {@link ScenarioLoader} reads: pretty-printed, keys in the documented
 * order, numbers in their shortest exact form, so that writing and loading again gives an equal scenario.
 * Missing parts of an incomplete scenario (null texts, figures, kinds) are left out, so loading the output
 * reports them instead of the writer failing.
 */
public final class ScenarioWriter {
    private static final Gson PRETTY = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private ScenarioWriter() {}

    /** The scenario as pretty JSON text (ending with a newline). */
    public static String write(Scenario s) {
        return PRETTY.toJson(toJson(s)) + "\n";
    }

    /** The scenario as UTF-8 JSON bytes. */
    public static byte[] toBytes(Scenario s) {
        return write(s).getBytes(StandardCharsets.UTF_8);
    }

    /** Writes the scenario to a file (UTF-8), replacing it. */
    public static void write(Scenario s, Path file) throws IOException {
        Files.write(file, toBytes(s));
    }

    /** The scenario as a JSON tree (e.g. to embed in a saved game; read back with {@link ScenarioLoader#fromJson}). */
    public static JsonObject toJson(Scenario s) {
        JsonObject o = new JsonObject();
        o.addProperty("formatVersion", Scenario.FORMAT_VERSION);
        o.addProperty("id", s.id());
        o.add("name", text(s.name()));
        o.add("description", text(s.description()));
        if (s.calendar() != null) {
            JsonObject calendar = new JsonObject();
            calendar.addProperty("startYear", s.calendar().startYear());
            calendar.addProperty("startPeriod", s.calendar().startPeriod());
            calendar.addProperty("periodsPerYear", s.calendar().periodsPerYear());
            calendar.addProperty("turns", s.calendar().turns());
            o.add("calendar", calendar);
        }
        o.addProperty("defaultSeed", s.defaultSeed());
        JsonObject parameters = new JsonObject();
        Map<ParameterKey, Sourced> explicit = s.parameters() == null ? Map.of() : s.parameters().explicitValues();
        for (ParameterKey key : ParameterKey.values()) {
            if (explicit.containsKey(key)) parameters.add(key.jsonName(), sourced(explicit.get(key)));
        }
        o.add("parameters", parameters);
        o.add("stages", array(s.stages(), ScenarioWriter::stage));
        o.add("sectors", array(s.sectors(), ScenarioWriter::sector));
        o.add("commodities", array(s.commodities(), ScenarioWriter::commodity));
        o.add("actors", array(s.actors(), ScenarioWriter::actor));
        o.add("relations", array(s.relations(), ScenarioWriter::relation));
        o.add("alliances", array(s.alliances(), ScenarioWriter::alliance));
        o.add("tradeTies", array(s.tradeTies(), ScenarioWriter::tradeTie));
        o.add("initialTension", sourced(s.initialTension()));
        o.add("initialPolicies", array(s.initialPolicies(), ScenarioWriter::effect));
        o.add("projects", array(s.projects(), ScenarioWriter::project));
        o.add("events", array(s.events(), ScenarioWriter::event));
        return o;
    }

    private static JsonObject stage(StageDef d) {
        JsonObject o = new JsonObject();
        o.addProperty("id", d.id());
        o.add("name", text(d.name()));
        return o;
    }

    private static JsonObject sector(SectorDef d) {
        JsonObject o = new JsonObject();
        o.addProperty("id", d.id());
        o.add("name", text(d.name()));
        return o;
    }

    private static JsonObject commodity(CommodityDef c) {
        JsonObject o = new JsonObject();
        o.addProperty("id", c.id());
        o.add("name", text(c.name()));
        o.add("elasticity", sourced(c.elasticity()));
        o.add("controlPremium", number(c.controlPremium()));
        o.add("stages", array(c.stages(), ScenarioWriter::market));
        return o;
    }

    private static JsonObject market(MarketDef m) {
        JsonObject o = new JsonObject();
        o.addProperty("commodity", m.commodity());
        o.addProperty("stage", m.stage());
        o.addProperty("unit", m.unit());
        o.add("inputRatio", number(m.inputRatio()));
        o.add("referencePrice", sourced(m.referencePrice()));
        o.add("buildCost", sourced(m.buildCost()));
        o.addProperty("leadTurns", m.leadTurns());
        if (m.unitName() != null) o.add("unitName", text(m.unitName()));
        return o;
    }

    private static JsonObject actor(ActorDef a) {
        JsonObject o = new JsonObject();
        o.addProperty("id", a.id());
        o.add("name", text(a.name()));
        o.addProperty("kind", name(a.kind()));
        o.addProperty("playable", a.playable());
        o.add("mapIds", strings(a.mapIds()));
        o.add("gdp", sourced(a.gdp()));
        o.add("budget", sourced(a.budget()));
        o.add("income", sourced(a.income()));
        o.addProperty("actionPoints", a.actionPoints());
        o.addProperty("hostsInvestment", a.hostsInvestment());
        o.add("capacities", array(a.capacities(), ScenarioWriter::capacity));
        o.add("demands", array(a.demands(), ScenarioWriter::demand));
        o.add("stockpiles", array(a.stockpiles(), ScenarioWriter::stock));
        o.add("sectorShares", array(a.sectorShares(), ScenarioWriter::sectorShare));
        o.add("objectives", array(a.objectives(), ScenarioWriter::objective));
        return o;
    }

    private static JsonObject capacity(CapacityDef c) {
        JsonObject o = new JsonObject();
        o.addProperty("commodity", c.commodity());
        o.addProperty("stage", c.stage());
        o.add("annual", sourced(c.annual()));
        o.add("utilisation", number(c.utilisation()));
        return o;
    }

    private static JsonObject demand(DemandDef d) {
        JsonObject o = new JsonObject();
        o.addProperty("commodity", d.commodity());
        o.addProperty("stage", d.stage());
        o.addProperty("sector", d.sector());
        o.add("annual", sourced(d.annual()));
        o.add("criticality", number(d.criticality()));
        return o;
    }

    private static JsonObject stock(StockDef d) {
        JsonObject o = new JsonObject();
        o.addProperty("commodity", d.commodity());
        o.addProperty("stage", d.stage());
        o.add("quantity", sourced(d.quantity()));
        return o;
    }

    private static JsonObject sectorShare(SectorShareDef d) {
        JsonObject o = new JsonObject();
        o.addProperty("sector", d.sector());
        o.add("share", sourced(d.share()));
        return o;
    }

    private static JsonObject objective(ObjectiveDef d) {
        JsonObject o = new JsonObject();
        o.addProperty("id", d.id());
        o.add("text", text(d.text()));
        o.addProperty("kind", name(d.kind()));
        optional(o, "commodity", d.commodity());
        optional(o, "stage", d.stage());
        optional(o, "other", d.other());
        o.add("threshold", number(d.threshold()));
        o.addProperty("byTurn", d.byTurn());
        o.add("weight", number(d.weight()));
        o.addProperty("source", d.source());
        return o;
    }

    private static JsonObject relation(RelationDef d) {
        JsonObject o = new JsonObject();
        o.addProperty("a", d.a());
        o.addProperty("b", d.b());
        o.add("value", sourced(d.value()));
        return o;
    }

    private static JsonObject alliance(AllianceDef d) {
        JsonObject o = new JsonObject();
        o.addProperty("id", d.id());
        o.add("name", text(d.name()));
        o.add("members", strings(d.members()));
        o.addProperty("source", d.source());
        return o;
    }

    private static JsonObject tradeTie(TradeTieDef d) {
        JsonObject o = new JsonObject();
        o.addProperty("importer", d.importer());
        o.addProperty("commodity", d.commodity());
        o.addProperty("stage", d.stage());
        JsonObject shares = new JsonObject();
        if (d.shares() != null) d.shares().forEach((supplier, share) -> shares.add(supplier, number(share)));
        o.add("shares", shares);
        o.addProperty("source", d.source());
        return o;
    }

    private static JsonObject effect(EffectDef d) {
        JsonObject o = new JsonObject();
        o.addProperty("kind", name(d.kind()));
        optional(o, "actor", d.actor());
        optional(o, "target", d.target());
        optional(o, "commodity", d.commodity());
        optional(o, "stage", d.stage());
        optional(o, "mode", d.mode());
        o.add("value", number(d.value()));
        if (d.duration() != 0) o.addProperty("duration", d.duration());
        return o;
    }

    private static JsonObject project(ProjectDef d) {
        JsonObject o = new JsonObject();
        o.addProperty("id", d.id());
        o.add("name", text(d.name()));
        o.add("description", text(d.description()));
        o.add("eligible", strings(d.eligible()));
        optional(o, "prerequisite", d.prerequisite());
        o.add("costPerTurn", number(d.costPerTurn()));
        o.addProperty("duration", d.duration());
        o.add("successChance", number(d.successChance()));
        o.add("effects", array(d.effects(), ScenarioWriter::effect));
        o.addProperty("source", d.source());
        return o;
    }

    private static JsonObject event(EventDef d) {
        JsonObject o = new JsonObject();
        o.addProperty("id", d.id());
        o.add("title", text(d.title()));
        o.add("text", text(d.text()));
        o.addProperty("turn", d.turn());
        o.add("probability", number(d.probability()));
        o.add("tensionSensitivity", number(d.tensionSensitivity()));
        o.addProperty("repeatable", d.repeatable());
        o.add("effects", array(d.effects(), ScenarioWriter::effect));
        o.addProperty("source", d.source());
        return o;
    }

    private static JsonObject text(Text t) {
        if (t == null) return null;
        JsonObject o = new JsonObject();
        o.addProperty("en", t.en());
        o.addProperty("ja", t.ja());
        return o;
    }

    private static JsonObject sourced(Sourced s) {
        if (s == null) return null;
        JsonObject o = new JsonObject();
        o.add("value", number(s.value()));
        o.addProperty("source", s.source());
        return o;
    }

    private static JsonPrimitive number(Double value) {
        return value == null ? null : number(value.doubleValue());
    }

    private static JsonPrimitive number(double value) {
        return new JsonPrimitive(NumberText.of(value));
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    private static void optional(JsonObject o, String name, String value) {
        if (value != null) o.addProperty(name, value);
    }

    private static JsonArray strings(List<String> values) {
        JsonArray a = new JsonArray();
        if (values != null) values.forEach(a::add);
        return a;
    }

    private static <T> JsonArray array(List<T> items, Function<T, JsonElement> write) {
        JsonArray a = new JsonArray();
        if (items != null) for (T item : items) a.add(write.apply(item));
        return a;
    }
}
