package chokepoint.engine.scenario;

/** A supply-chain stage, e.g. mining, refining/separation, component. Order in the scenario is chain order. */
public record StageDef(String id, Text name) {}
