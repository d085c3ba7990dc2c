package chokepoint.engine.scenario;

/** Relation between two actors, -100 (hostile) .. 100 (close ally); allies are listed separately. */
public record RelationDef(String a, String b, Sourced value) {}
