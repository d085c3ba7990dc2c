package chokepoint.engine.scenario;

/** An economic sector that consumes commodities (EVs, wind, defence, semiconductors...). */
public record SectorDef(String id, Text name) {}
