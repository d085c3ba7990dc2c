package chokepoint.scenario;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static chokepoint.scenario.MiniJson.appendCopy;
import static chokepoint.scenario.MiniJson.remove;
import static chokepoint.scenario.MiniJson.set;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One broken variant of mini.json per validation rule: each must give exactly one problem, at the exact JSON
 * path, with a recognisable message.
 */
class ValidationProblemTest {

    static Stream<Arguments> brokenVariants() {
        return Stream.of(
                // format version
                broken("formatVersion missing", t -> remove(t, "$.formatVersion"), "$.formatVersion", "required field is missing"),
                broken("formatVersion newer", t -> set(t, "$.formatVersion", num(2)), "$.formatVersion", "newer version"),
                broken("formatVersion as string", t -> set(t, "$.formatVersion", str("1")), "$.formatVersion", "must be 1"),
                // top-level fields and texts
                broken("id missing", t -> remove(t, "$.id"), "$.id", "required field is missing"),
                broken("id null", t -> set(t, "$.id", JsonNull.INSTANCE), "$.id", "required field is null"),
                broken("id style", t -> set(t, "$.id", str("Mini Scenario")), "$.id", "lower-case id"),
                broken("ja text blank", t -> set(t, "$.name.ja", str("  ")), "$.name.ja", "non-blank string"),
                broken("en text missing", t -> remove(t, "$.description.en"), "$.description.en", "required field is missing"),
                broken("text not an object", t -> set(t, "$.name", str("Mini")), "$.name", "must be an object"),
                broken("unknown top-level field", t -> set(t, "$.actorz", new JsonArray()), "$.actorz", "unknown field"),
                broken("unknown nested field", t -> set(t, "$.actors[0].gpd", num(1)), "$.actors[0].gpd", "unknown field"),
                // calendar
                broken("turns 0", t -> set(t, "$.calendar.turns", num(0)), "$.calendar.turns", "between 1 and 200"),
                broken("turns 201", t -> set(t, "$.calendar.turns", num(201)), "$.calendar.turns", "between 1 and 200"),
                broken("turns fractional", t -> set(t, "$.calendar.turns", num(7.5)), "$.calendar.turns", "whole number"),
                broken("periodsPerYear 3", t -> set(t, "$.calendar.periodsPerYear", num(3)), "$.calendar.periodsPerYear", "1, 2, 4 or 12"),
                broken("startPeriod after year end", t -> set(t, "$.calendar.startPeriod", num(5)), "$.calendar.startPeriod", "periodsPerYear"),
                broken("defaultSeed fractional", t -> set(t, "$.defaultSeed", num(1.5)), "$.defaultSeed", "whole number"),
                // parameters
                broken("unknown parameter", t -> set(t, "$.parameters.priceSpeed", sourced(0.5)), "$.parameters.priceSpeed", "unknown parameter"),
                broken("parameter above max", t -> set(t, "$.parameters.priceAdjustSpeed.value", num(2)), "$.parameters.priceAdjustSpeed.value", "between 0 and 1"),
                broken("parameter source blank", t -> set(t, "$.parameters.tensionDecay.source", str("")), "$.parameters.tensionDecay.source", "non-blank"),
                broken("licence approval min above max", t -> set(t, "$.parameters.licenceApprovalMin", sourced(0.99)), "$.parameters.licenceApprovalMin.value", "licenceApprovalMax"),
                // stages, sectors, commodities, markets
                broken("duplicate stage", t -> appendCopy(t, "$.stages", "$.stages[0]"), "$.stages[3].id", "duplicate stage id"),
                broken("duplicate sector", t -> appendCopy(t, "$.sectors", "$.sectors[0]"), "$.sectors[3].id", "duplicate sector id"),
                broken("duplicate commodity", t -> appendCopy(t, "$.commodities", "$.commodities[1]"), "$.commodities[2].id", "duplicate commodity id"),
                broken("market of unknown stage", t -> set(appendCopy(t, "$.commodities[1].stages", "$.commodities[1].stages[1]"), "$.stage", str("smelting")),
                        "$.commodities[1].stages[2].stage", "unknown stage \"smelting\""),
                broken("stage listed twice", t -> appendCopy(t, "$.commodities[1].stages", "$.commodities[1].stages[1]"),
                        "$.commodities[1].stages[2].stage", "listed twice"),
                broken("stages out of chain order", t -> {
                    JsonArray stages = MiniJson.get(t, "$.commodities[1].stages").getAsJsonArray();
                    stages.add(stages.remove(0));
                }, "$.commodities[1].stages[1].stage", "out of chain order"),
                broken("market names another commodity", t -> set(t, "$.commodities[1].stages[0].commodity", str("ndpr")),
                        "$.commodities[1].stages[0].commodity", "enclosing commodity \"gallium\""),
                broken("elasticity 0", t -> set(t, "$.commodities[0].elasticity.value", num(0)), "$.commodities[0].elasticity.value", "> 0"),
                broken("negative control premium", t -> set(t, "$.commodities[0].controlPremium", num(-1)), "$.commodities[0].controlPremium", "≥ 0"),
                broken("leadTurns 0", t -> set(t, "$.commodities[0].stages[0].leadTurns", num(0)), "$.commodities[0].stages[0].leadTurns", "between 1 and 200"),
                broken("price not a number", t -> set(t, "$.commodities[0].stages[1].referencePrice.value", str("abc")),
                        "$.commodities[0].stages[1].referencePrice.value", "must be a finite number > 0, got \"abc\""),
                broken("inputRatio 0 downstream", t -> set(t, "$.commodities[0].stages[2].inputRatio", num(0)), "$.commodities[0].stages[2].inputRatio", "> 0"),
                broken("unit blank", t -> set(t, "$.commodities[0].stages[2].unit", str("")), "$.commodities[0].stages[2].unit", "non-blank"),
                // actors
                broken("duplicate actor", t -> set(appendCopy(t, "$.actors", "$.actors[3]"), "$.mapIds", new JsonArray()), "$.actors[4].id", "duplicate actor id"),
                broken("actor id style", t -> {
                    JsonElement copy = appendCopy(t, "$.actors", "$.actors[3]");
                    set(copy, "$.mapIds", new JsonArray());
                    set(copy, "$.id", str("aus2"));
                }, "$.actors[4].id", "upper-case actor id"),
                broken("capacity value not a number", t -> set(t, "$.actors[3].capacities[1].annual.value", str("abc")),
                        "$.actors[3].capacities[1].annual.value", "must be a finite number ≥ 0, got \"abc\""),
                broken("absurd magnitude", t -> set(t, "$.actors[0].gdp.value", num(1e300)), "$.actors[0].gdp.value", "finite number ≥ 0"),
                broken("actor kind", t -> set(t, "$.actors[0].kind", str("SUPERPOWER")), "$.actors[0].kind", "one of MAJOR, PRODUCER, OTHER"),
                broken("playable not boolean", t -> set(t, "$.actors[0].playable", str("yes")), "$.actors[0].playable", "true or false"),
                broken("actionPoints as string", t -> set(t, "$.actors[0].actionPoints", str("3")), "$.actors[0].actionPoints", "whole number"),
                broken("no playable actor", t -> {
                    for (int a = 0; a < 3; a++) set(t, "$.actors[" + a + "].playable", new JsonPrimitive(false));
                }, "$.actors", "playable"),
                broken("map id drawn twice", t -> set(t, "$.actors[3].mapIds[0]", str("392")), "$.actors[3].mapIds[0]", "actor JPN"),
                broken("utilisation above 1", t -> set(t, "$.actors[0].capacities[0].utilisation", num(1.5)), "$.actors[0].capacities[0].utilisation", "between 0 and 1"),
                broken("capacity unknown commodity", t -> set(t, "$.actors[0].capacities[0].commodity", str("cobalt")),
                        "$.actors[0].capacities[0].commodity", "unknown commodity \"cobalt\""),
                broken("capacity not a market", t -> set(t, "$.actors[0].capacities[3].stage", str("mining")),
                        "$.actors[0].capacities[3].stage", "has no stage \"mining\""),
                broken("capacity listed twice", t -> appendCopy(t, "$.actors[0].capacities", "$.actors[0].capacities[0]"),
                        "$.actors[0].capacities[4]", "second capacity"),
                broken("demand unknown sector", t -> set(t, "$.actors[0].demands[0].sector", str("toys")), "$.actors[0].demands[0].sector", "unknown sector"),
                broken("criticality negative", t -> set(t, "$.actors[0].demands[0].criticality", num(-0.1)), "$.actors[0].demands[0].criticality", "between 0 and 1"),
                broken("stockpile unknown commodity", t -> set(t, "$.actors[0].stockpiles[0].commodity", str("lithium")), "$.actors[0].stockpiles[0].commodity", "unknown commodity"),
                broken("sector share above 1", t -> set(t, "$.actors[0].sectorShares[0].share.value", num(1.5)), "$.actors[0].sectorShares[0].share.value", "between 0 and 1"),
                broken("sector shares sum above 1", t -> {
                    set(t, "$.actors[0].sectorShares[0].share.value", num(0.6));
                    set(t, "$.actors[0].sectorShares[1].share.value", num(0.5));
                }, "$.actors[0].sectorShares", "at most 1"),
                // objectives
                broken("duplicate objective in actor", t -> set(t, "$.actors[0].objectives[1].id", str("us_magnets_home")),
                        "$.actors[0].objectives[1].id", "duplicate objective id"),
                broken("objective kind", t -> set(t, "$.actors[1].objectives[0].kind", str("WIN")), "$.actors[1].objectives[0].kind", "must be one of"),
                broken("objective other actor unknown", t -> set(t, "$.actors[2].objectives[0].other", str("KOR")), "$.actors[2].objectives[0].other", "unknown actor \"KOR\""),
                broken("objective other is self", t -> set(t, "$.actors[2].objectives[0].other", str("JPN")), "$.actors[2].objectives[0].other", "another actor"),
                broken("objective project unknown", t -> set(t, "$.actors[0].objectives[1].other", str("moon_mine")), "$.actors[0].objectives[1].other", "unknown project"),
                broken("objective market field missing", t -> remove(t, "$.actors[2].objectives[0].commodity"), "$.actors[2].objectives[0].commodity", "required field is missing"),
                broken("objective byTurn after end", t -> set(t, "$.actors[2].objectives[0].byTurn", num(9)), "$.actors[2].objectives[0].byTurn", "number of turns (8)"),
                broken("objective threshold share above 1", t -> set(t, "$.actors[2].objectives[0].threshold", num(1.2)), "$.actors[2].objectives[0].threshold", "between 0 and 1"),
                broken("objective source blank", t -> set(t, "$.actors[1].objectives[0].source", str(" ")), "$.actors[1].objectives[0].source", "non-blank"),
                // relations and alliances
                broken("relation out of range", t -> set(t, "$.relations[0].value.value", num(150)), "$.relations[0].value.value", "between -100 and 100"),
                broken("relation unknown actor", t -> set(t, "$.relations[0].b", str("RUS")), "$.relations[0].b", "unknown actor \"RUS\""),
                broken("relation with itself", t -> set(t, "$.relations[0].b", str("USA")), "$.relations[0].b", "two different actors"),
                broken("relation listed twice", t -> {
                    JsonElement copy = appendCopy(t, "$.relations", "$.relations[0]");
                    set(copy, "$.a", str("CHN"));
                    set(copy, "$.b", str("USA"));
                }, "$.relations[5]", "listed twice"),
                broken("alliance unknown member", t -> set(t, "$.alliances[0].members[1]", str("KOR")), "$.alliances[0].members[1]", "unknown actor"),
                broken("alliance without members", t -> set(t, "$.alliances[0].members", new JsonArray()), "$.alliances[0].members", "at least one entry"),
                broken("alliance of one", t -> remove(t, "$.alliances[0].members[1]"), "$.alliances[0].members", "at least two members"),
                broken("alliance source missing", t -> remove(t, "$.alliances[0].source"), "$.alliances[0].source", "required field is missing"),
                // trade ties
                broken("tie share above 1", t -> set(t, "$.tradeTies[0].shares.CHN", num(1.2)), "$.tradeTies[0].shares.CHN", "between 0 and 1"),
                broken("tie shares sum above 1", t -> set(t, "$.tradeTies[0].shares.AUS", num(0.5)), "$.tradeTies[0].shares", "at most 1, got 1.1"),
                broken("tie unknown supplier", t -> set(t, "$.tradeTies[0].shares.KOR", num(0.05)), "$.tradeTies[0].shares.KOR", "unknown actor"),
                broken("tie from itself", t -> set(t, "$.tradeTies[0].shares.JPN", num(0.05)), "$.tradeTies[0].shares.JPN", "itself"),
                broken("tie not a market", t -> set(t, "$.tradeTies[2].stage", str("mining")), "$.tradeTies[2].stage", "has no stage"),
                broken("tie unknown importer", t -> set(t, "$.tradeTies[0].importer", str("KOR")), "$.tradeTies[0].importer", "unknown actor"),
                broken("tie source missing", t -> remove(t, "$.tradeTies[1].source"), "$.tradeTies[1].source", "required field is missing"),
                broken("tie listed twice", t -> appendCopy(t, "$.tradeTies", "$.tradeTies[0]"), "$.tradeTies[3]", "second trade tie"),
                // tension and effects
                broken("tension above 100", t -> set(t, "$.initialTension.value", num(120)), "$.initialTension.value", "between 0 and 100"),
                broken("export control mode", t -> set(t, "$.initialPolicies[0].mode", str("EMBARGO")), "$.initialPolicies[0].mode", "LICENCE, QUOTA, BAN"),
                broken("quota without value", t -> {
                    set(t, "$.initialPolicies[0].mode", str("QUOTA"));
                    remove(t, "$.initialPolicies[0].value");
                }, "$.initialPolicies[0].value", "required field is missing"),
                broken("two export controls on one market and target", t -> set(appendCopy(t, "$.initialPolicies", "$.initialPolicies[0]"), "$.mode", str("LICENCE")),
                        "$.initialPolicies[1]", "second export control by CHN on gallium/refining"),
                broken("quota share above 1", t -> set(t, "$.initialPolicies[0].value", num(2)), "$.initialPolicies[0].value", "between 0 and 1"),
                broken("effect kind", t -> set(t, "$.events[0].effects[1].kind", str("NUKE")), "$.events[0].effects[1].kind", "must be one of ADD_CAPACITY"),
                broken("effect kind missing", t -> remove(t, "$.events[0].effects[1].kind"), "$.events[0].effects[1].kind", "required field is missing"),
                broken("export control target missing", t -> remove(t, "$.events[0].effects[0].target"), "$.events[0].effects[0].target", "required field is missing"),
                broken("export control actor star", t -> set(t, "$.events[0].effects[0].actor", str("*")), "$.events[0].effects[0].actor", "upper-case actor id"),
                broken("effect unknown actor", t -> set(t, "$.events[0].effects[0].actor", str("RUS")), "$.events[0].effects[0].actor", "unknown actor \"RUS\""),
                broken("effect unknown target", t -> set(t, "$.initialPolicies[0].target", str("RUS")), "$.initialPolicies[0].target", "unknown actor"),
                broken("effect not a market", t -> set(t, "$.events[0].effects[0].stage", str("assembly")), "$.events[0].effects[0].stage", "has no stage"),
                broken("tension effect value missing", t -> remove(t, "$.events[0].effects[1].value"), "$.events[0].effects[1].value", "required field is missing"),
                broken("shipping duration missing", t -> remove(t, "$.events[1].effects[0].duration"), "$.events[1].effects[0].duration", "required field is missing"),
                broken("shipping unknown commodity", t -> set(t, "$.events[1].effects[0].commodity", str("tin")), "$.events[1].effects[0].commodity", "unknown commodity"),
                broken("shipping share above 1", t -> set(t, "$.events[1].effects[0].value", num(1.5)), "$.events[1].effects[0].value", "between 0 and 1"),
                broken("price shock factor 0", t -> set(t, "$.events[1].effects[0]", json("{\"kind\":\"PRICE_SHOCK\",\"commodity\":\"ndpr\",\"stage\":\"refining\",\"value\":0}")),
                        "$.events[1].effects[0].value", "> 0"),
                broken("capacity shock missing actor", t -> set(t, "$.events[1].effects[0]", json("{\"kind\":\"CAPACITY_SHOCK\",\"commodity\":\"ndpr\",\"stage\":\"refining\",\"value\":0.5,\"duration\":2}")),
                        "$.events[1].effects[0].actor", "required field is missing"),
                broken("relation effect target star", t -> set(t, "$.events[1].effects[0]", json("{\"kind\":\"RELATION\",\"actor\":\"USA\",\"target\":\"*\",\"value\":-5}")),
                        "$.events[1].effects[0].target", "upper-case actor id"),
                // projects
                broken("project prerequisite unknown", t -> set(t, "$.projects[0].prerequisite", str("moon_mine")), "$.projects[0].prerequisite", "unknown project"),
                broken("project is its own prerequisite", t -> set(t, "$.projects[0].prerequisite", str("separation_pilot")), "$.projects[0].prerequisite", "cycle"),
                broken("project success above 1", t -> set(t, "$.projects[0].successChance", num(1.2)), "$.projects[0].successChance", "between 0 and 1"),
                broken("project duration 0", t -> set(t, "$.projects[0].duration", num(0)), "$.projects[0].duration", "between 1 and 200"),
                broken("project eligible unknown", t -> set(t, "$.projects[0].eligible[1]", str("KOR")), "$.projects[0].eligible[1]", "unknown actor"),
                broken("project effect unknown market", t -> set(t, "$.projects[0].effects[0].commodity", str("cobalt")), "$.projects[0].effects[0].commodity", "unknown commodity"),
                broken("duplicate project", t -> appendCopy(t, "$.projects", "$.projects[0]"), "$.projects[1].id", "duplicate project id"),
                // events
                broken("event probability above 1", t -> set(t, "$.events[1].probability", num(1.5)), "$.events[1].probability", "between 0 and 1"),
                broken("event after the last turn", t -> set(t, "$.events[0].turn", num(9)), "$.events[0].turn", "number of turns (8)"),
                broken("event negative turn", t -> set(t, "$.events[0].turn", num(-1)), "$.events[0].turn", "between 0 and 200"),
                broken("duplicate event", t -> appendCopy(t, "$.events", "$.events[1]"), "$.events[2].id", "duplicate event id"),
                broken("event source blank", t -> set(t, "$.events[0].source", str("")), "$.events[0].source", "non-blank"),
                broken("event effects not an array", t -> set(t, "$.events[0].effects", new JsonObject()), "$.events[0].effects", "must be an array"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenVariants")
    void brokenVariantGivesOneProblemAtItsPath(String name, Consumer<JsonObject> breakIt, String path, String fragment) {
        JsonObject tree = MiniJson.tree();
        breakIt.accept(tree);
        ScenarioException e = assertThrows(ScenarioException.class, () -> MiniJson.load(tree));
        List<Problem> problems = e.problems();
        assertEquals(1, problems.size(), () -> "expected one problem, got:\n" + e.getMessage());
        Problem p = problems.get(0);
        assertEquals("mini.json", p.file());
        assertEquals(path, p.jsonPath(), () -> e.getMessage());
        assertTrue(p.message().contains(fragment), () -> "message should contain '" + fragment + "': " + p);
    }

    private static Arguments broken(String name, Consumer<JsonObject> breakIt, String path, String fragment) {
        return Arguments.of(name, breakIt, path, fragment);
    }

    private static JsonPrimitive num(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? new JsonPrimitive((long) v) : new JsonPrimitive(v);
    }

    private static JsonPrimitive str(String s) {
        return new JsonPrimitive(s);
    }

    private static JsonElement json(String text) {
        return JsonParser.parseString(text);
    }

    private static JsonObject sourced(double value) {
        JsonObject o = new JsonObject();
        o.add("value", num(value));
        o.addProperty("source", "test");
        return o;
    }
}
