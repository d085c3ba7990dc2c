package chokepoint.scenario;

import chokepoint.engine.scenario.Scenario;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static chokepoint.scenario.MiniJson.remove;
import static chokepoint.scenario.MiniJson.set;
import static chokepoint.scenario.ScenarioAssertions.assertSameScenario;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScenarioLoaderTest {

    @Test
    void reportsEveryProblemNotJustTheFirst() {
        JsonObject tree = MiniJson.tree();
        set(tree, "$.actors[3].capacities[1].annual.value", new JsonPrimitive("abc"));
        set(tree, "$.calendar.turns", new JsonPrimitive(0));
        remove(tree, "$.stages[1].name.ja");
        set(tree, "$.tradeTies[0].shares.KOR", new JsonPrimitive(0.05));
        set(tree, "$.events[1].probability", new JsonPrimitive(2));
        ScenarioException e = assertThrows(ScenarioException.class, () -> MiniJson.load(tree));
        List<String> paths = e.problems().stream().map(Problem::jsonPath).toList();
        assertEquals(List.of("$.stages[1].name.ja", "$.calendar.turns", "$.actors[3].capacities[1].annual.value",
                "$.events[1].probability", "$.tradeTies[0].shares.KOR").stream().sorted().toList(),
                paths.stream().sorted().toList(), e.getMessage());
        assertTrue(e.getMessage().startsWith("5 problems in scenario mini.json:"), e.getMessage());
        assertTrue(e.getMessage().contains(
                "mini.json: $.actors[3].capacities[1].annual.value: must be a finite number ≥ 0, got \"abc\""),
                e.getMessage());
    }

    @Test
    void loadsFromAPathAndNamesTheFileInProblems(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("copy.json");
        Files.write(file, MiniJson.bytes());
        assertSameScenario(MiniJson.loadMini(), ScenarioLoader.load(file));
        assertSameScenario(MiniJson.loadMini(), ScenarioLoader.loadByIdOrPath(file.toString()));

        Files.writeString(file, "{}");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file));
        assertEquals("copy.json", e.problems().get(0).file());
    }

    @Test
    void missingFileAndDirectoryAreProblems(@TempDir Path dir) {
        assertProblem(() -> ScenarioLoader.load(dir.resolve("nope.json")), "$", "file not found");
        assertProblem(() -> ScenarioLoader.load(dir), "$", "directory");
        assertProblem(() -> ScenarioLoader.loadByIdOrPath(dir.resolve("nope.json").toString()), "$", "no such file");
        assertProblem(() -> ScenarioLoader.loadByIdOrPath(""), "$", "no scenario given");
        assertProblem(() -> ScenarioLoader.loadByIdOrPath("bad\u0000path"), "$", "not a bundled scenario id");
    }

    @Test
    void bundledScenariosComeFromTheClasspath() throws ScenarioException {
        // src/test/resources/scenarios/mini.json is the classpath resource /scenarios/mini.json, like assets/scenarios/*.json
        assertSameScenario(MiniJson.loadMini(), ScenarioLoader.loadBundled("mini"));
        assertSameScenario(MiniJson.loadMini(), ScenarioLoader.loadByIdOrPath("mini"));
        assertTrue(ScenarioLoader.KNOWN_BUNDLED.containsAll(ScenarioLoader.bundledIds()));
        assertTrue(ScenarioLoader.KNOWN_BUNDLED.containsAll(List.of("2025", "classroom")));
    }

    @Test
    void unknownBundledIdIsAProblem() {
        assertProblem(() -> ScenarioLoader.loadBundled("atlantis"), "$", "no bundled scenario \"atlantis\"");
        assertProblem(() -> ScenarioLoader.loadBundled("../scenarios/2025"), "$", "no bundled scenario");
        assertProblem(() -> ScenarioLoader.loadBundled(null), "$", "no bundled scenario");
    }

    @Test
    void twoProjectsThatNeedEachOtherAreACycle() {
        JsonObject tree = MiniJson.tree();
        JsonObject second = MiniJson.appendCopy(tree, "$.projects", "$.projects[0]").getAsJsonObject();
        second.addProperty("id", "separation_plant");
        second.addProperty("prerequisite", "separation_pilot");
        set(tree, "$.projects[0].prerequisite", new JsonPrimitive("separation_plant"));
        ScenarioException e = assertThrows(ScenarioException.class, () -> MiniJson.load(tree));
        assertEquals(List.of("$.projects[0].prerequisite", "$.projects[1].prerequisite"),
                e.problems().stream().map(Problem::jsonPath).toList());
        assertTrue(e.problems().get(0).message().contains("cycle"));
    }

    @Test
    void projectChainWithoutCycleLoads() throws ScenarioException {
        JsonObject tree = MiniJson.tree();
        JsonObject second = MiniJson.appendCopy(tree, "$.projects", "$.projects[0]").getAsJsonObject();
        second.addProperty("id", "separation_plant");
        second.addProperty("prerequisite", "separation_pilot");
        second.remove("effects");
        second.add("effects", new JsonArray());
        Scenario s = MiniJson.load(tree);
        assertEquals("separation_pilot", s.projects().get(1).prerequisite());
    }

    @Test
    void aProjectEffectMayOmitItsActor() throws ScenarioException {
        JsonObject tree = MiniJson.tree();
        remove(tree, "$.projects[0].effects[0].actor");
        assertEquals(null, MiniJson.load(tree).projects().get(0).effects().get(0).actor());
    }

    @Test
    void underscoreFieldsAreComments() throws ScenarioException {
        JsonObject tree = MiniJson.tree();
        tree.addProperty("_comment", "notes for data authors");
        set(tree, "$.actors[0]._note", new JsonPrimitive("ignored"));
        MiniJson.load(tree);
    }

    static void assertProblem(org.junit.jupiter.api.function.Executable load, String path, String fragment) {
        ScenarioException e = assertThrows(ScenarioException.class, load);
        assertEquals(1, e.problems().size(), e.getMessage());
        assertEquals(path, e.problems().get(0).jsonPath(), e.getMessage());
        assertTrue(e.problems().get(0).message().contains(fragment), e.getMessage());
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

}
