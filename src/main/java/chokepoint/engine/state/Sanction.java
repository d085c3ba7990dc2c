package chokepoint.engine.state;

/** Comprehensive sanctions: imposer neither sells to nor buys from target. */
public record Sanction(String imposer, String target, int sinceTurn) {}
