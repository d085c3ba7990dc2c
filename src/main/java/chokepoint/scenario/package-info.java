/**
 * Reading and writing scenario files (docs/SCENARIO-FORMAT.md) outside the engine: {@link
 * chokepoint.scenario.ScenarioLoader} parses and validates a file into an engine {@link
 * chokepoint.engine.scenario.Scenario}, reporting every {@link chokepoint.scenario.Problem} at once in a {@link
 * chokepoint.scenario.ScenarioException}; {@link chokepoint.scenario.ScenarioWriter} writes a scenario back in the
 * same format. Gson is used here only as a tree and a streaming reader/writer, never for reflective binding.
 */
package chokepoint.scenario;
