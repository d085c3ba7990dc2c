package chokepoint.persistence;

import chokepoint.ai.AiRoster;
import chokepoint.ai.AiStrength;
import chokepoint.ai.AiStyle;
import chokepoint.engine.Game;
import chokepoint.engine.scenario.Scenario;
import chokepoint.scenario.ScenarioLoader;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/**
 * Resource bounds of a whole game: plays a scenario to its end with the baseline AI in every playable seat, then
 * measures the heap in use after garbage collection (with the game and its full history still held) and the size
 * of the finished game's save, plain and gzip-compressed. Run it with
 * {@code java -cp ... chokepoint.persistence.ResourceCheck [scenario] [seed]} (defaults: 2025, 1).
 */
public final class ResourceCheck {
    private ResourceCheck() {}

    /**
     * @param heapBefore heap in use after GC before the game was started (the program itself)
     * @param heapWithGame heap in use after GC with the finished game held
     */
    public record Figures(String scenario, long seed, int turns, long heapBefore, long heapWithGame, long saveBytes,
                          long gzipBytes, long millis, String hash) {
        public long gameHeap() {
            return Math.max(0, heapWithGame - heapBefore);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s seed %d: %d turns in %.1f s; heap in use after GC %.1f MB with the game "
                            + "(%.1f MB before it, so the game with its full history takes %.1f MB); save %.1f KB plain, %.1f KB gzip",
                    scenario, seed, turns, millis / 1000.0, heapWithGame / 1048576.0, heapBefore / 1048576.0,
                    gameHeap() / 1048576.0, saveBytes / 1024.0, gzipBytes / 1024.0);
        }
    }

    public static Figures measure(Scenario sc, long seed) {
        long before = usedHeapAfterGc();
        long t0 = System.nanoTime();
        Game g = Game.start(sc, seed);
        AiRoster roster = AiRoster.uniform(sc, AiStyle.BALANCED, AiStrength.BASELINE);
        List<String> seats = AiRoster.playableSeats(sc);
        while (!g.isOver()) g.resolve(roster.ordersFor(g, seats));
        long millis = (System.nanoTime() - t0) / 1_000_000;
        long with = usedHeapAfterGc();
        byte[] save = SaveFile.toBytes(g.state(), SaveMeta.of(g.state(), "resource check", null), Instant.now());
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(save);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        String hash = g.hash(); // keeps the game reachable until after the heap was measured
        return new Figures(sc.id(), seed, g.turnsPlayed(), before, with, save.length, gz.size(), millis, hash);
    }

    /** Heap in use after a full collection (several passes, so finalisable and soft garbage is gone too). */
    public static long usedHeapAfterGc() {
        var mem = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            used = Math.min(used, mem.getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    public static void main(String[] args) throws Exception {
        String id = args.length > 0 ? args[0] : "2025";
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
        Scenario sc = ScenarioLoader.loadByIdOrPath(id);
        System.out.println(measure(sc, seed));
    }
}
