package chokepoint.ai;

import chokepoint.engine.Game;
import chokepoint.engine.order.Order;
import chokepoint.engine.scenario.Scenario;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Benchmark: {@code java -cp ... chokepoint.ai.Bench [scenario] [batchGames]}. Scenario: "2025" (default when the
 * loader and the file are present), "tiny" (test classpath) or a path. Prints the median time to resolve one turn,
 * baseline and strong AI decision time per seat per turn, the time of a whole all-AI game, and batch throughput
 * on all cores (checking that results do not depend on the thread count). Per-item times are thread CPU time, so
 * they stay meaningful on a shared machine; batch throughput is wall time.
 */
public final class Bench {
    private Bench() {}

    public static void main(String[] args) throws Exception {
        String id = args.length > 0 ? args[0] : (Scenarios.bundled("2025") != null ? "2025" : "tiny");
        int batch = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        Scenario sc = Scenarios.bundled(id);
        if (sc == null) {
            System.err.println("scenario " + id + " not found on the classpath");
            System.exit(2);
        }
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf(Locale.ROOT, "scenario %s: %d actors (%d playable), %d markets, %d turns; %d cores; %s%n",
                sc.id(), sc.actorCount(), AiRoster.playableSeats(sc).size(), sc.marketCount(), sc.calendar().turns(), cores,
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        AiRoster roster = AiRoster.defaults(sc);
        List<String> seats = AiRoster.playableSeats(sc);

        // warm-up
        for (int i = 0; i < 3; i++) roster.playOut(Game.start(sc, 1000 + i));

        List<Double> resolveMs = new ArrayList<>();
        List<Double> baselineMs = new ArrayList<>();
        List<Double> gameMs = new ArrayList<>();
        for (int gI = 0; gI < 5; gI++) {
            Game g = Game.start(sc, 1 + gI);
            long g0 = cpu();
            while (!g.isOver()) {
                Map<String, List<Order>> orders = new java.util.LinkedHashMap<>();
                for (String s : seats) {
                    long t0 = cpu();
                    Decision d = roster.settingOf(sc, s).player().decide(g, s);
                    baselineMs.add((cpu() - t0) / 1e6);
                    orders.put(s, d.orderList());
                }
                long t0 = cpu();
                g.resolve(orders);
                resolveMs.add((cpu() - t0) / 1e6);
            }
            gameMs.add((cpu() - g0) / 1e6);
        }
        System.out.printf(Locale.ROOT, "resolve one turn:            median %.2f ms, p90 %.2f ms (%d turns)%n",
                median(resolveMs), pct(resolveMs, 0.9), resolveMs.size());
        System.out.printf(Locale.ROOT, "baseline decision per seat:  median %.3f ms, p90 %.3f ms, max %.3f ms (%d decisions)%n",
                median(baselineMs), pct(baselineMs, 0.9), max(baselineMs), baselineMs.size());
        System.out.printf(Locale.ROOT, "all-AI game (baseline):      median %.0f ms for %d turns%n", median(gameMs), sc.calendar().turns());

        // strong decisions: every seat, every third turn of a baseline game
        List<Double> strongMs = new ArrayList<>();
        for (int gI = 0; gI < 2; gI++) {
            Game g = Game.start(sc, 50 + gI);
            while (!g.isOver()) {
                if (g.currentTurn() % 3 == 1) {
                    for (String s : seats) {
                        StrongAi strong = new StrongAi(roster.settingOf(sc, s).style());
                        long t0 = cpu();
                        strong.decide(g, s);
                        strongMs.add((cpu() - t0) / 1e6);
                    }
                }
                g.resolve(roster.ordersFor(g, seats));
            }
        }
        System.out.printf(Locale.ROOT, "strong decision per seat:    median %.1f ms, p90 %.1f ms, max %.1f ms (%d decisions)%n",
                median(strongMs), pct(strongMs, 0.9), max(strongMs), strongMs.size());

        AiRoster allStrong = AiRoster.uniform(sc, AiStyle.BALANCED, AiStrength.STRONG);
        long s0 = cpu();
        allStrong.playOut(Game.start(sc, 77));
        System.out.printf(Locale.ROOT, "all-AI game (all strong):    %.0f ms%n", (cpu() - s0) / 1e6);

        // batch throughput: the same seeds on 1 thread and on all cores give the same final hashes
        String[] one = new String[batch];
        long b0 = System.nanoTime();
        runBatch(sc, roster, batch, 1, one);
        double oneSec = (System.nanoTime() - b0) / 1e9;
        String[] all = new String[batch];
        long b1 = System.nanoTime();
        runBatch(sc, roster, batch, cores, all);
        double allSec = (System.nanoTime() - b1) / 1e9;
        System.out.printf(Locale.ROOT, "load average now %.2f (times above are thread CPU time; batch figures are wall time)%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf(Locale.ROOT, "batch %d all-AI games:        1 thread %.2f games/s, %d threads %.2f games/s; same results: %s%n",
                batch, batch / oneSec, cores, batch / allSec, Arrays.equals(one, all));
    }

    /** Plays seeds 1..n on a pool of {@code threads}; final state hashes go to {@code hashes[seed-1]}. */
    static void runBatch(Scenario sc, AiRoster roster, int n, int threads, String[] hashes) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<String>> fs = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                long seed = k + 1;
                fs.add(pool.submit(() -> roster.playOut(Game.start(sc, seed)).hash()));
            }
            for (int k = 0; k < n; k++) hashes[k] = fs.get(k).get();
        } finally {
            pool.shutdown();
        }
    }

    /** CPU time of the current thread (wall time where unsupported): fair on a shared, loaded machine. */
    static long cpu() {
        ThreadMXBean t = ManagementFactory.getThreadMXBean();
        return t.isCurrentThreadCpuTimeSupported() ? t.getCurrentThreadCpuTime() : System.nanoTime();
    }

    static double median(List<Double> xs) { return pct(xs, 0.5); }

    static double pct(List<Double> xs, double p) {
        if (xs.isEmpty()) return Double.NaN;
        double[] a = xs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return a[Math.min(a.length - 1, (int) Math.floor(p * (a.length - 1) + 0.5))];
    }

    static double max(List<Double> xs) {
        return xs.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }
}
