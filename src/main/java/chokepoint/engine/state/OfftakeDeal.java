package chokepoint.engine.state;

/** A long-term purchase agreement: buyer has first call on {@code annualQuantity} of the seller's output. */
public record OfftakeDeal(String buyer, String seller, int market, double annualQuantity, int untilTurn) {}
