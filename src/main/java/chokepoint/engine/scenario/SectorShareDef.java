package chokepoint.engine.scenario;

/** Share of an actor's GDP produced by a sector (0..1). */
public record SectorShareDef(String sector, Sourced share) {}
