package chokepoint.scenario;

import chokepoint.engine.scenario.Scenario;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The scenarios shipped in assets/scenarios must load without problems once they exist (they are written on
 * another branch; a missing file is skipped, not failed).
 */
class BundledScenarioTest {

    static final List<String> KNOWN = ScenarioLoader.KNOWN_BUNDLED;

    @ParameterizedTest(name = "{0}")
    @FieldSource("KNOWN")
    void bundledScenarioLoads(String id) throws ScenarioException {
        assumeTrue(ScenarioLoader.bundledIds().contains(id), "assets/scenarios/" + id + ".json is not there yet");
        Scenario s = ScenarioLoader.loadBundled(id);
        assertEquals(id, s.id(), "the id inside the file matches its name");
        assertTrue(s.actors().stream().anyMatch(a -> a.playable()));
        assertEquals(s.id(), ScenarioLoader.loadByIdOrPath(id).id());
        for (var m : s.markets()) {
            assertNotNull(m.unitName(), m.key() + " has its unit in both languages");
            assertNotEquals(m.unitIn("en"), m.unitIn("ja"), m.key());
            assertEquals(m.unit(), m.unitIn("en"), "the English name is the unit as written in reports");
        }
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("KNOWN")
    void bundledScenarioRoundTrips(String id) throws ScenarioException {
        assumeTrue(ScenarioLoader.bundledIds().contains(id), "assets/scenarios/" + id + ".json is not there yet");
        Scenario s = ScenarioLoader.loadBundled(id);
        ScenarioAssertions.assertSameScenario(s, ScenarioLoader.load(id + ".json", ScenarioWriter.toBytes(s)));
    }
}
