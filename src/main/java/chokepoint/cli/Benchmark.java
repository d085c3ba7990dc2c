package chokepoint.cli;

import chokepoint.ai.CpuClock;

import chokepoint.engine.Game;
import chokepoint.engine.order.Order;
import chokepoint.engine.scenario.ActorDef;
import chokepoint.engine.scenario.Scenario;
import chokepoint.persistence.OrderFile;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The {@code bench} command (issue 5, "Speed"): five figures against their targets. Per-item figures (one turn,
 * one AI decision, one whole game) are thread CPU time, so they stay meaningful while other jobs share the
 * machine; batch throughput is wall time of a real {@link Batch#run} (the code path of {@code batch}).
 */
final class Benchmark {
    static final double TURN_MS = 1;
    static final double BASELINE_SEAT_MS = 5;
    static final double STRONG_SEAT_MS = 200;
    static final double GAME_MS = 50;
    /** 10,000 games in 60 s. */
    static final double GAMES_PER_SECOND = 10_000 / 60.0;

    private final Scenario sc;
    private final long seed;
    private final Supplier<SeatAi> baseline;
    private final Supplier<SeatAi> strong;
    private final List<String> seats = new ArrayList<>();

    Benchmark(Scenario sc, long seed, Supplier<SeatAi> baseline, Supplier<SeatAi> strong) {
        this.sc = sc;
        this.seed = seed;
        this.baseline = baseline;
        this.strong = strong;
        for (ActorDef a : sc.actors()) if (a.playable()) seats.add(a.id());
    }

    /** Runs everything and prints one line per figure and how many targets were met; returns how many. */
    int run(int games, int threads, PrintStream out) throws InterruptedException {
        // small runs measure fewer items; 10,000 games measure 20 games of single turns and decisions
        int sample = Math.max(1, Math.min(20, games / 500));
        out.printf(Locale.ROOT, "bench: scenario %s (%d actors, %d AI seats, %d markets, %d turns), %d cores, %s %s, load average %s%n",
                sc.id(), sc.actorCount(), seats.size(), sc.marketCount(), sc.calendar().turns(),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
                System.getProperty("java.version"), loadAverage());
        out.println("per-item figures are thread CPU time; batch throughput is wall time");
        // warm-up: on a busy 2-core machine the JIT needs dozens of games before the figures settle
        int warmUp = Math.max(4, Math.min(40, games / 25));
        for (int i = 0; i < warmUp; i++) GameRunner.play(sc, seed + 1000 + i, 0, null, baseline.get());

        Samples turn = new Samples();
        Samples base = new Samples();
        for (int i = 0; i < sample; i++) playTimed(Game.start(sc, seed + i), baseline.get(), base, turn);
        Samples game = new Samples();
        for (int i = 0; i < sample; i++) {
            SeatAi ai = baseline.get();
            long t0 = CpuClock.threadNanos();
            GameRunner.play(sc, seed + i, 0, null, ai);
            game.add(CpuClock.threadNanos() - t0);
        }
        Samples strongSeat = new Samples();
        Game first = Game.start(sc, seed + 500);
        for (String seat : seats) strong.get().orders(first, seat); // warm-up
        for (int i = 0; i < Math.max(1, Math.min(2, sample / 5)); i++) {
            playStrongTurns(Game.start(sc, seed + 100 + i), strongSeat);
        }

        int met = 0;
        met += line(out, "resolve one turn", turn, "turns", turn.median(), TURN_MS, "median");
        met += line(out, "baseline AI decision per seat", base, "decisions", base.max(), BASELINE_SEAT_MS, "max");
        met += line(out, "strong AI decision per seat", strongSeat, "decisions", strongSeat.max(), STRONG_SEAT_MS, "max");
        met += line(out, "all-AI game, baseline AI", game, "games", game.median(), GAME_MS, "median");

        long cpu0 = processCpu();
        long t0 = System.nanoTime();
        Batch.run(sc, seed, games, threads, 0, OrderFile.Script.empty(), baseline);
        double secs = (System.nanoTime() - t0) / 1e9;
        long cpu = processCpu() - cpu0;
        double rate = games / Math.max(secs, 1e-9);
        boolean batchOk = rate >= GAMES_PER_SECOND;
        out.printf(Locale.ROOT, "%-30s %.1f games/s (%d games in %.1f s on %d thread%s%s)  target >= %.0f games/s (10,000 in 60 s)  %s%n",
                "batch throughput", rate, games, secs, threads, threads == 1 ? "" : "s",
                cpu < 0 ? "" : String.format(Locale.ROOT, ", %.1f ms process CPU per game", cpu / 1e6 / games),
                GAMES_PER_SECOND, verdict(batchOk));
        if (batchOk) met++;
        out.println("targets met: " + met + " of 5; load average after: " + loadAverage());
        return met;
    }

    /** Plays a whole game, timing every AI decision and every resolution. */
    private void playTimed(Game g, SeatAi ai, Samples decisions, Samples resolutions) {
        while (!g.isOver()) {
            Map<String, List<Order>> orders = new LinkedHashMap<>();
            for (String seat : seats) {
                long t0 = CpuClock.threadNanos();
                List<Order> chosen = ai.orders(g, seat);
                decisions.add(CpuClock.threadNanos() - t0);
                if (chosen != null && !chosen.isEmpty()) orders.put(seat, List.copyOf(chosen));
            }
            long t0 = CpuClock.threadNanos();
            g.resolve(orders);
            resolutions.add(CpuClock.threadNanos() - t0);
        }
    }

    /** Strong decisions for every seat on every fourth turn of a game the baseline AI plays. */
    private void playStrongTurns(Game g, Samples decisions) {
        SeatAi strongAi = strong.get();
        SeatAi baseAi = baseline.get();
        while (!g.isOver()) {
            if (g.currentTurn() % 4 == 1) {
                for (String seat : seats) {
                    long t0 = CpuClock.threadNanos();
                    strongAi.orders(g, seat);
                    decisions.add(CpuClock.threadNanos() - t0);
                }
            }
            Map<String, List<Order>> orders = new LinkedHashMap<>();
            for (String seat : seats) orders.put(seat, List.copyOf(baseAi.orders(g, seat)));
            g.resolve(orders);
        }
    }

    /** Prints one figure; 1 if its target is met, else 0. */
    private static int line(PrintStream out, String what, Samples s, String unit, double judged, double target,
                                String judgedAs) {
        boolean ok = judged <= target;
        out.printf(Locale.ROOT, "%-30s median %s, p90 %s, max %s (%d %s)  target %s <= %s  %s%n", what, ms(s.median()),
                ms(s.pct(0.9)), ms(s.max()), s.size(), unit, judgedAs, ms(target), verdict(ok));
        return ok ? 1 : 0;
    }

    private static String verdict(boolean ok) {
        return ok ? "MET" : "MISSED";
    }

    static String ms(double v) {
        return String.format(Locale.ROOT, v < 1 ? "%.3f ms" : v < 100 ? "%.2f ms" : "%.0f ms", v);
    }

    private static String loadAverage() {
        double l = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return l < 0 ? "n/a" : String.format(Locale.ROOT, "%.2f", l);
    }

    /** CPU time of the whole process in ns (all threads, GC and compiler included), or -1 if unknown. */
    private static long processCpu() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }

    /** Durations in ns, reported in ms. */
    static final class Samples {
        private long[] ns = new long[64];
        private int size;

        void add(long v) {
            if (size == ns.length) ns = Arrays.copyOf(ns, size * 2);
            ns[size++] = v;
        }

        int size() { return size; }

        double median() { return pct(0.5); }

        double max() { return pct(1); }

        /** Nearest-rank percentile in ms; 0 when empty. */
        double pct(double p) {
            if (size == 0) return 0;
            long[] sorted = Arrays.copyOf(ns, size);
            Arrays.sort(sorted);
            return sorted[(int) Math.min(size - 1, Math.round(p * (size - 1)))] / 1e6;
        }
    }
}
