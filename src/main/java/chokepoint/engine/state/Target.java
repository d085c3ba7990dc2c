package chokepoint.engine.state;

import java.util.List;

/**
 * Whom a measure applies to: named actors, everyone outside a trade zone, or everyone.
 *
 * @param actors actor ids for {@link Kind#ACTORS}
 * @param zone zone id for {@link Kind#OUTSIDE_ZONE}
 */
public record Target(Kind kind, List<String> actors, String zone) {
    public enum Kind { ACTORS, OUTSIDE_ZONE, ALL }

    public static Target all() { return new Target(Kind.ALL, List.of(), null); }
    public static Target actors(String... ids) { return new Target(Kind.ACTORS, List.of(ids), null); }
    public static Target outsideZone(String zoneId) { return new Target(Kind.OUTSIDE_ZONE, List.of(), zoneId); }

    /** Whether the measure takes in {@code actorId} in game state {@code s} (zone membership as it stands there). */
    public boolean reaches(GameState s, String actorId) {
        return switch (kind) {
            case ALL -> true;
            case ACTORS -> actors.contains(actorId);
            case OUTSIDE_ZONE -> {
                TradeZone z = s.zone(zone);
                yield z == null || !z.members.contains(actorId);
            }
        };
    }

    /**
     * Exactly {@link #toString()}, built by concatenation: the generated record toString of JDK 17 goes through
     * String.format, and this text is hashed every turn and keys duplicate orders.
     */
    public String text() {
        return "Target[kind=" + kind + ", actors=" + actors + ", zone=" + zone + "]";
    }
}
