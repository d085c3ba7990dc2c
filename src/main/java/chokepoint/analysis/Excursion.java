package chokepoint.analysis;

import chokepoint.ai.AiRoster;
import chokepoint.ai.AiStrength;
import chokepoint.ai.AiStyle;
import chokepoint.engine.Game;
import chokepoint.engine.order.Order;
import chokepoint.engine.scenario.EventDef;
import chokepoint.engine.scenario.Scenario;
import chokepoint.engine.state.TurnRecord;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A what-if study from a game's current turn: for seeds s .. s+N-1 the unchanged game (base arm) and the game with
 * the changed assumptions (changed arm) are each played to the end by AI seats, every run with its own random
 * future ({@link Game#reseeded}). Both arms of one seed share the draw key, and draws are keyed (the same luck
 * wherever they ask the same random question), so their difference shows the change rather than luck. Runs are
 * spread over threads but every result lands in its seed's slot, so the result is the same whatever the thread count.
 */
public final class Excursion {
    public enum Arm { BASE, CHANGED }

    /**
     * @param runs futures per arm (seeds firstSeed .. firstSeed+runs-1)
     * @param threads worker threads (the result does not depend on it)
     * @param strength the AI strength of every seat (human seats of the game are played by the AI too)
     * @param styles the AI style of seats as the game has them (its AI seats' settings); seats not named keep the
     *               roster default (majors balanced, producers cooperative). A {@code style.} assumption overrides.
     * @param planned events still to come in the game as prepared (the facilitator's scheduled injects), each fired
     *                through {@link Game#inject} at the start of its {@link EventDef#turn()} in both arms, unless
     *                the game already has an event with its id
     */
    public record Settings(int runs, long firstSeed, int threads, AiStrength strength, Map<String, AiStyle> styles,
                           List<EventDef> planned) {
        public Settings {
            if (runs < 1) throw new IllegalArgumentException("runs must be at least 1, got " + runs);
            if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, got " + threads);
            Objects.requireNonNull(strength, "strength");
            styles = Map.copyOf(styles == null ? Map.of() : styles);
            planned = List.copyOf(planned == null ? List.of() : planned);
        }

        /** Default styles for every seat and nothing planned. */
        public Settings(int runs, long firstSeed, int threads, AiStrength strength) {
            this(runs, firstSeed, threads, strength, Map.of(), List.of());
        }
    }

    /** Told after each finished game (from worker threads): games done of the total (2 x runs). */
    @FunctionalInterface
    public interface Progress {
        void update(int done, int total);
    }

    private Excursion() {}

    /**
     * Plays both arms from {@code from} (copied first; it is not changed). Interrupting the calling thread cancels
     * the excursion: the workers stop within a turn and this throws {@link InterruptedException}.
     */
    public static ExcursionResult run(Game from, List<Assumption> changes, Settings settings, Progress progress)
            throws InterruptedException {
        Game start = from.copy();
        if (start.isOver()) throw new IllegalArgumentException("the game is over: there is no future to play");
        Scenario sc = start.scenario();
        List<Metric> metrics = Metric.of(sc);
        List<Assumption> changed = List.copyOf(changes);
        AiRoster base = roster(sc, settings.strength(), settings.styles());
        AiRoster alt = base;
        for (Assumption a : changed) alt = a.roster(alt, sc);
        AiRoster altRoster = alt;
        Progress told = progress == null ? (d, t) -> { } : progress;
        int total = 2 * settings.runs();
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(settings.threads(), r -> {
            Thread t = new Thread(r, "chokepoint-excursion");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<double[][]>> futures = new ArrayList<>();
            for (int i = 0; i < settings.runs(); i++) {
                long seed = settings.firstSeed() + i;
                for (Arm arm : Arm.values()) {
                    futures.add(pool.submit(() -> {
                        double[][] series = arm == Arm.BASE ? play(start, seed, List.of(), base, settings.planned(), metrics)
                                : play(start, seed, changed, altRoster, settings.planned(), metrics);
                        told.update(done.incrementAndGet(), total);
                        return series;
                    }));
                }
            }
            double[][][][] values = new double[2][settings.runs()][][];
            for (int i = 0; i < futures.size(); i++) {
                try {
                    values[i % 2][i / 2] = futures.get(i).get();
                } catch (ExecutionException e) {
                    Throwable c = e.getCause() == null ? e : e.getCause();
                    if (c instanceof CancellationException) throw new InterruptedException("excursion cancelled");
                    throw new IllegalStateException("the game with seed " + (settings.firstSeed() + i / 2) + " failed: " + c, c);
                }
            }
            return new ExcursionResult(sc, labels(start), metrics, changed, settings, values);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Every playable seat at the given strength, with its style from {@code styles} or else its default style. */
    static AiRoster roster(Scenario sc, AiStrength strength, Map<String, AiStyle> styles) {
        AiRoster r = AiRoster.defaults(sc);
        for (String seat : AiRoster.playableSeats(sc)) {
            r = r.with(seat, styles.getOrDefault(seat, r.settingOf(sc, seat).style()), strength);
        }
        return r;
    }

    /** One future: metric x turn, from the start turn to the last. */
    private static double[][] play(Game start, long seed, List<Assumption> changes, AiRoster roster,
                                   List<EventDef> planned, List<Metric> metrics) {
        Game g = start.reseeded(seed);
        for (Assumption a : changes) a.applyTo(g);
        List<String> seats = AiRoster.playableSeats(g.scenario());
        while (!g.isOver()) {
            if (Thread.currentThread().isInterrupted()) throw new CancellationException();
            fireDue(g, planned);
            Map<String, List<Order>> orders = new LinkedHashMap<>(roster.ordersFor(g, seats));
            for (Assumption a : changes) a.adjustOrders(g, orders);
            g.resolve(orders);
        }
        List<TurnRecord> history = g.history();
        int first = start.turnsPlayed();
        double[][] out = new double[metrics.size()][history.size() - first];
        for (int t = first; t < history.size(); t++) {
            for (int m = 0; m < metrics.size(); m++) out[m][t - first] = metrics.get(m).read(history.get(t));
        }
        return out;
    }

    /** Fires the planned events of the current turn that the game does not have yet. */
    private static void fireDue(Game g, List<EventDef> planned) {
        if (planned.isEmpty()) return;
        Set<String> known = new HashSet<>();
        for (EventDef e : g.scenario().events()) known.add(e.id());
        for (EventDef e : planned) {
            if (e.turn() == g.currentTurn() && known.add(e.id())) g.inject(e);
        }
    }

    /** Labels of the turns the result covers: the start position, then every turn to the end. */
    private static List<ExcursionResult.Turn> labels(Game start) {
        List<ExcursionResult.Turn> out = new ArrayList<>();
        int first = start.turnsPlayed();
        out.add(new ExcursionResult.Turn(first, start.history().get(first).label));
        for (int t = first + 1; t <= start.scenario().calendar().turns(); t++) {
            out.add(new ExcursionResult.Turn(t, start.scenario().calendar().label(t)));
        }
        return out;
    }
}
