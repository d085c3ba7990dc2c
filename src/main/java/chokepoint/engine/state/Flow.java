package chokepoint.engine.state;

/** Quantity of a market shipped from seller to buyer in one turn (seller == buyer: domestic supply). */
public record Flow(int seller, int buyer, int market, double quantity) {}
