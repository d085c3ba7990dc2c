package chokepoint.engine.scenario;

/** A scenario figure with the source it comes from (every number in a scenario cites one). */
public record Sourced(double value, String source) {
    public static Sourced of(double value, String source) {
        return new Sourced(value, source);
    }
}
