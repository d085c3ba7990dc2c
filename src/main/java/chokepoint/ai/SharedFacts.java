package chokepoint.ai;

import chokepoint.engine.scenario.Scenario;
import chokepoint.engine.state.Flow;

import java.util.List;

/**
 * What every seat of one game would otherwise work out again from the same public facts: the last record's flows
 * grouped by actor, and the scenario's lookups ({@link ScenarioIndex}). Derived data only, rebuilt when the record changes (its flow list is the key), so a decision
 * is the same with or without it. One per game (the CLI's players make one each); safe to share between threads
 * (the index is immutable and published through a volatile field; at worst two threads build it twice).
 */
final class SharedFacts {
    private volatile FlowIndex flows;
    private volatile ScenarioIndex scenario;

    /** The lookups of {@code sc}. */
    ScenarioIndex scenario(Scenario sc) {
        ScenarioIndex x = scenario;
        if (x == null || x.sc != sc) {
            x = new ScenarioIndex(sc);
            scenario = x;
        }
        return x;
    }

    /** The index of {@code list} (a turn record's flows) for {@code n} actors. */
    FlowIndex flows(List<Flow> list, int n) {
        FlowIndex x = flows;
        if (x == null || x.flows != list) {
            x = FlowIndex.of(list, n);
            flows = x;
        }
        return x;
    }
}
