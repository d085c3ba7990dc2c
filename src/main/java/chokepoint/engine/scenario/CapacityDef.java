package chokepoint.engine.scenario;

/** Annual production capacity of an actor at a commodity stage, and how much of it runs at turn 0. */
public record CapacityDef(String commodity, String stage, Sourced annual, double utilisation) {}
