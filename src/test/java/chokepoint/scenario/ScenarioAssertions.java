package chokepoint.scenario;

import chokepoint.engine.scenario.Scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Scenario has no equals (it is a class with a derived index); compare it part by part. */
final class ScenarioAssertions {
    private ScenarioAssertions() {}

    static void assertSameScenario(Scenario expected, Scenario actual) {
        assertEquals(expected.id(), actual.id(), "id");
        assertEquals(expected.name(), actual.name(), "name");
        assertEquals(expected.description(), actual.description(), "description");
        assertEquals(expected.calendar(), actual.calendar(), "calendar");
        assertEquals(expected.defaultSeed(), actual.defaultSeed(), "defaultSeed");
        assertEquals(expected.parameters().explicitValues(), actual.parameters().explicitValues(), "parameters");
        assertEquals(expected.stages(), actual.stages(), "stages");
        assertEquals(expected.sectors(), actual.sectors(), "sectors");
        assertEquals(expected.commodities(), actual.commodities(), "commodities");
        assertEquals(expected.actors(), actual.actors(), "actors");
        assertEquals(expected.relations(), actual.relations(), "relations");
        assertEquals(expected.alliances(), actual.alliances(), "alliances");
        assertEquals(expected.tradeTies(), actual.tradeTies(), "tradeTies");
        assertEquals(expected.initialTension(), actual.initialTension(), "initialTension");
        assertEquals(expected.initialPolicies(), actual.initialPolicies(), "initialPolicies");
        assertEquals(expected.projects(), actual.projects(), "projects");
        assertEquals(expected.events(), actual.events(), "events");
    }
}
