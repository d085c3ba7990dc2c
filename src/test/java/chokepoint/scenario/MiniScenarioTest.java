package chokepoint.scenario;

import chokepoint.engine.scenario.EffectKind;
import chokepoint.engine.scenario.ParameterKey;
import chokepoint.engine.scenario.Scenario;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The mini test scenario loads and has the content other tests rely on. */
class MiniScenarioTest {

    @Test
    void miniLoads() throws ScenarioException {
        Scenario s = MiniJson.loadMini();
        assertEquals("mini", s.id());
        assertEquals(4, s.actorCount());
        assertEquals(5, s.marketCount());
        assertEquals(8, s.calendar().turns());
        assertEquals("ミニテストシナリオ", s.name().ja());
        assertEquals(2, s.events().size());
        assertEquals(1, s.projects().size());
        assertEquals(0.5, s.parameters().get(ParameterKey.PRICE_ADJUST_SPEED));
        assertEquals(0.6, s.tradeTies().get(0).shares().get("CHN"));
        assertEquals(EffectKind.EXPORT_CONTROL, s.initialPolicies().get(0).kind());
        assertNull(s.projects().get(0).prerequisite());
        assertTrue(s.actor("AUS").orElseThrow().hostsInvestment());
        assertEquals(s.marketIndex("ndpr", "refining"), s.upstreamOf(s.marketIndex("ndpr", "component")));
    }
}
