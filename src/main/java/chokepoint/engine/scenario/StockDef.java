package chokepoint.engine.scenario;

/** A stockpile held at turn 0, in the market's quantity unit. */
public record StockDef(String commodity, String stage, Sourced quantity) {}
