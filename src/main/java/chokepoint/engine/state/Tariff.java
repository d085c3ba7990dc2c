package chokepoint.engine.state;

/** A tariff of {@code rate} (0.25 = 25%) by imposer on imports of a commodity (or "*") from target. */
public record Tariff(String imposer, String target, String commodity, double rate, int sinceTurn) {}
