package chokepoint.engine.state;

/**
 * The random questions of a turn. Each gets its own uniform number from the game's draw key, the turn, the
 * question and what it is about ({@link #unit}), so one draw more or fewer elsewhere changes no other draw: an
 * excursion or an AI's different order changes the game's luck only where it changes the question itself
 * (common random numbers).
 */
public enum Draw {
    EVENT, RESEARCH, PERMIT_FAILURE, PERMIT_DELAY, LICENCE, CYBER_HIT, CYBER_DETECTION;

    /** Uniform in [0, 1) for this question about (a, b, c) in {@code turn} of the game with draw key {@code key}. */
    public double unit(long key, int turn, long a, long b, long c) {
        return Rng.hashUnit(key, ((long) turn << 8) | ordinal(), a, b, c);
    }

    /**
     * The draw for this question in game state {@code s}: keyed ({@link #unit}), or for a game of the
     * {@link DrawRule#SEQUENTIAL} rule the next number of {@code sequential} (the generator at {@code s.rngState}).
     */
    public double in(GameState s, Rng sequential, int turn, long a, long b, long c) {
        return s.drawRule == DrawRule.SEQUENTIAL ? sequential.nextDouble() : unit(s.rngState, turn, a, b, c);
    }

    /** A stable number for an id (String.hashCode is specified, so it is the same on every JVM). */
    public static long of(String id) {
        return id == null ? 0 : id.hashCode();
    }
}
