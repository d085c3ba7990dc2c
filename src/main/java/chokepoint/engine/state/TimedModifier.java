package chokepoint.engine.state;

/**
 * A temporary factor on capacity, demand or cross-border flows (events, cyber operations).
 * actor -1 means every actor; market -1 means every market of {@code commodity}.
 */
public record TimedModifier(Kind kind, int actor, int market, int commodity, double factor, int untilTurn,
                            String cause) {
    public enum Kind { CAPACITY, DEMAND, SHIPPING }
}
