package chokepoint.engine.state;

/**
 * A plant built in play. Its capacity is part of the host's capacity; an idle (stranded) plant produces nothing
 * until the price recovers.
 */
public record Plant(String id, String owner, String host, int market, double annualCapacity, int builtTurn,
                    boolean stranded) {
    public Plant withStranded(boolean s) {
        return new Plant(id, owner, host, market, annualCapacity, builtTurn, s);
    }
}
