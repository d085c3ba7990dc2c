package chokepoint.engine.state;

/**
 * The game's random generator (SplitMix64). Its whole state is one long kept in the game state and the save,
 * so the same scenario, seed and orders always replay to the same game.
 */
public final class Rng {
    private long state;

    public Rng(long seed) {
        this.state = seed;
    }

    public long state() {
        return state;
    }

    public long nextLong() {
        long z = (state += 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Uniform in [0, 1). */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    public boolean chance(double p) {
        return nextDouble() < p;
    }

    /** A stateless draw for a key: used for estimates so that looking never advances the game's generator. */
    public static double hashUnit(long... keys) {
        long h = START;
        for (long k : keys) h = step(h, k);
        return unit(h);
    }

    /** The same draw for five keys without the varargs array (seat views estimate every stock this way). */
    public static double hashUnit(long k1, long k2, long k3, long k4, long k5) {
        return unit(step(step(step(step(step(START, k1), k2), k3), k4), k5));
    }

    private static final long START = 0x632BE59BD9B4E019L;

    private static long step(long h, long k) {
        h ^= k;
        h *= 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 29);
    }

    private static double unit(long h) {
        return ((h ^ (h >>> 32)) >>> 11) * 0x1.0p-53;
    }
}
