package chokepoint.scenario;

import chokepoint.engine.scenario.EffectDef;
import chokepoint.engine.scenario.EffectKind;
import chokepoint.engine.scenario.EventDef;
import chokepoint.engine.scenario.ParameterKey;
import chokepoint.engine.scenario.Scenario;
import chokepoint.engine.scenario.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static chokepoint.scenario.ScenarioAssertions.assertSameScenario;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScenarioWriterTest {

    @Test
    void writeThenLoadGivesAnEqualScenario() throws Exception {
        Scenario mini = MiniJson.loadMini();
        String written = ScenarioWriter.write(mini);
        Scenario again = ScenarioLoader.load("written.json", written.getBytes(StandardCharsets.UTF_8));
        assertSameScenario(mini, again);
        assertEquals(written, ScenarioWriter.write(again), "writing is stable");
    }

    @Test
    void roundTripKeepsEditedValuesExactly() throws Exception {
        Scenario mini = MiniJson.loadMini();
        List<EventDef> events = new ArrayList<>(mini.events());
        events.add(new EventDef("edited", new Text("Edited \"quote\" <b>", "編集済み\n改行"),
                new Text("Text \u2028 with odd characters \\ /", "テキスト"), 3, 0.1 + 0.2, 1e-7,
                false, List.of(EffectDef.tension(-12.345678901234567),
                new EffectDef(EffectKind.BUDGET, "JPN", null, null, null, null, 123456789.125, 0)), "test"));
        Scenario edited = mini.withEvents(events)
                .withParameters(mini.parameters().with(ParameterKey.CYBER_DAMAGE, 1.0 / 3, "test"));
        Scenario again = ScenarioLoader.load("edited.json", ScenarioWriter.toBytes(edited));
        assertSameScenario(edited, again);
    }

    @Test
    void treeFormRoundTrips() throws Exception {
        Scenario mini = MiniJson.loadMini();
        assertSameScenario(mini, ScenarioLoader.fromJson("save", ScenarioWriter.toJson(mini)));
    }

    @Test
    void fileRoundTrips(@TempDir Path dir) throws Exception {
        Scenario mini = MiniJson.loadMini();
        Path file = dir.resolve("copy.json");
        ScenarioWriter.write(mini, file);
        assertSameScenario(mini, ScenarioLoader.load(file));
    }

    @Test
    void outputIsPrettyWithDocumentedKeyOrderAndPlainNumbers() throws Exception {
        String written = ScenarioWriter.write(MiniJson.loadMini());
        assertTrue(written.startsWith("{\n  \"formatVersion\": 1,\n  \"id\": \"mini\",\n  \"name\": {"), written);
        assertTrue(written.contains("\"ja\": \"ミニテストシナリオ\""), "Japanese is written as is");
        assertTrue(written.contains("\"value\": 270000,"), "whole numbers without .0 or exponent");
        assertTrue(written.contains("\"utilisation\": 0.85"));
        assertTrue(written.indexOf("\"calendar\"") < written.indexOf("\"stages\""));
        assertTrue(written.indexOf("\"actors\"") < written.indexOf("\"events\""));
    }

    @Test
    void incompleteScenarioIsWrittenAndItsGapsReportedOnLoad() throws Exception {
        Scenario mini = MiniJson.loadMini();
        Scenario gaps = new Scenario(mini.id(), mini.name(), null, mini.calendar(), mini.defaultSeed(), mini.parameters(),
                mini.stages(), mini.sectors(), mini.commodities(), mini.actors(), mini.relations(), mini.alliances(),
                mini.tradeTies(), null, mini.initialPolicies(), mini.projects(), mini.events());
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.load("gaps.json", ScenarioWriter.toBytes(gaps)));
        assertEquals(List.of("$.description", "$.initialTension"), e.problems().stream().map(Problem::jsonPath).toList());
    }

    @Test
    void numbersAreShortAndExact() {
        for (double v : new double[] {0, 1, -1, 0.1, 0.1 + 0.2, 1e-7, 1e-300, 123456789.125, 1e15, 2.5e14, 1.0 / 3}) {
            String text = NumberText.of(v).toString();
            assertEquals(v, Double.parseDouble(text), text);
            assertTrue(text.length() <= 24, text);
        }
        assertEquals("1500", NumberText.of(1500).toString());
        assertEquals("0.25", NumberText.of(0.25).toString());
    }
}
