package chokepoint.persistence;

/** Who plays an actor: a person at the machine or the AI. */
public record Seat(String actor, boolean human) {
    public static Seat human(String actor) { return new Seat(actor, true); }
    public static Seat ai(String actor) { return new Seat(actor, false); }

    @Override
    public String toString() {
        return actor + (human ? " (human)" : " (AI)");
    }
}
