package chokepoint.engine.scenario;

/** Broad role of an actor; the AI and the objectives use it. */
public enum ActorKind { MAJOR, PRODUCER, OTHER }
