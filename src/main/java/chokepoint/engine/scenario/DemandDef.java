package chokepoint.engine.scenario;

/**
 * Annual demand of one sector of an actor for a commodity at a stage.
 *
 * @param criticality share of the sector's output lost per unit of shortage fraction (0..1);
 *                    low where substitutes exist
 */
public record DemandDef(String commodity, String stage, String sector, Sourced annual, double criticality) {}
