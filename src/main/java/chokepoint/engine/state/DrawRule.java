package chokepoint.engine.state;

/**
 * How a game draws its random numbers. New games use {@link #KEYED}; saves made before it (save version 4 and
 * older) keep {@link #SEQUENTIAL}, so they replay and play on exactly as they were.
 */
public enum DrawRule {
    /**
     * Every random question has its own number ({@link Draw}): keyed by the game's draw key, the question and what
     * it is about. One draw more or fewer elsewhere changes nothing else, so two games that differ in one order or
     * one assumption meet the same luck wherever they ask the same question (common random numbers).
     */
    KEYED,
    /** One generator, drawn in turn order: any extra draw shifts every later one (the rule of Chokepoint 0.1). */
    SEQUENTIAL
}
