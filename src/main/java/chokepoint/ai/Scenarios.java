package chokepoint.ai;

import chokepoint.engine.scenario.Scenario;

/**
 * Finds a scenario for the benchmark and win-rate commands without a compile-time dependency on the loader:
 * "tiny" is the engine tests' TinyScenario (test classpath), anything else goes to
 * {@code chokepoint.scenario.ScenarioLoader.loadByIdOrPath} when that class is present.
 */
public final class Scenarios {
    private Scenarios() {}

    /** The scenario, or null when it cannot be found on this classpath. */
    public static Scenario bundled(String idOrPath) {
        try {
            if ("tiny".equals(idOrPath)) {
                return (Scenario) Class.forName("chokepoint.engine.TinyScenario").getMethod("build").invoke(null);
            }
            Class<?> loader = Class.forName("chokepoint.scenario.ScenarioLoader");
            return (Scenario) loader.getMethod("loadByIdOrPath", String.class).invoke(null, idOrPath);
        } catch (ReflectiveOperationException | LinkageError e) {
            return null;
        }
    }
}
