package chokepoint.engine.scenario;

/** A role objective taken from a real policy goal; {@code byTurn} is the turn it is judged at (0 = every turn). */
public record ObjectiveDef(
        String id,
        Text text,
        ObjectiveKind kind,
        String commodity,
        String stage,
        String other,
        double threshold,
        int byTurn,
        double weight,
        String source) {}
