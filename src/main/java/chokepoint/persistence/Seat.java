package chokepoint.persistence;

/**
 * Who plays an actor: a person at the machine (with the seat's name) or the AI (with its style and strength), so a
 * loaded game resumes with the same seats. Saves from before these fields read as name "", style BALANCED,
 * strength 1. A null style means none was chosen (the role's default style).
 */
public record Seat(String actor, boolean human, String name, String style, int strength) {
    public Seat(String actor, boolean human) {
        this(actor, human, "", "BALANCED", 1);
    }

    public static Seat human(String actor) { return new Seat(actor, true); }
    public static Seat ai(String actor) { return new Seat(actor, false); }

    @Override
    public String toString() {
        return actor + (human ? " (human)" : " (AI)");
    }
}
