package chokepoint.facilitator;

import chokepoint.ai.Reason;
import chokepoint.engine.Game;
import chokepoint.engine.order.Order;
import chokepoint.engine.scenario.EventDef;
import chokepoint.engine.scenario.ParameterKey;
import chokepoint.engine.state.TurnRecord;
import chokepoint.text.Messages;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The White Cell's controls over one game: password, pause, injects (now or scheduled), parameter edits between
 * turns (each written to the game's edit log), rolling back the last turn, forking at a past turn, and the
 * unredacted view of every seat's orders. Rollback and fork replay the game from its scenario and seed
 * ({@link Replay}), so they reproduce the recorded state hashes exactly.
 *
 * <p>Drive turns through {@link #resolve(Map)} so pause and the schedule are honoured; after a rollback the
 * facilitator holds a new {@link Game} (listeners registered with {@link #onGameReplaced} are told).
 */
public final class Facilitator {
    private Game game;
    private FacilitatorPassword password;
    private boolean paused;
    private final InjectSchedule schedule;
    private final DecisionJournal journal;
    private final List<SeatReason> reasons = new ArrayList<>();
    private final List<Consumer<Game>> replacedListeners = new CopyOnWriteArrayList<>();
    private Consumer<char[]> passwordListener = p -> { };
    private final List<RefusedInject> problems = new ArrayList<>();

    public Facilitator(Game game) {
        this(game, FacilitatorData.empty());
    }

    public Facilitator(Game game, FacilitatorData saved) {
        this.game = Objects.requireNonNull(game);
        this.password = saved.password();
        this.paused = saved.paused();
        this.schedule = InjectSchedule.of(saved.schedule());
        this.journal = DecisionJournal.of(saved.journal());
        this.reasons.addAll(saved.reasons());
    }

    /** What a save must keep for the facilitator (see {@link FacilitatorData}). */
    public FacilitatorData data() {
        return new FacilitatorData(password, paused, schedule.entries(), journal.entries(), reasons);
    }

    public Game game() { return game; }

    public InjectSchedule schedule() { return schedule; }

    public DecisionJournal journal() { return journal; }

    public void onGameReplaced(Consumer<Game> listener) { replacedListeners.add(listener); }

    // ---- password -------------------------------------------------------------------------------------------

    public boolean isProtected() { return password != null; }

    public FacilitatorPassword password() { return password; }

    /**
     * Told the new password whenever one is set, before the array is cleared: the shell derives from it the key that
     * seals the facilitator's data in saves (the only moment the password is in memory besides a login).
     */
    public void onPasswordSet(Consumer<char[]> listener) {
        passwordListener = listener == null ? p -> { } : listener;
    }

    /** Sets (or replaces) the password; the array is cleared afterwards. */
    public void setPassword(char[] newPassword) {
        try {
            password = FacilitatorPassword.create(newPassword);
            passwordListener.accept(newPassword);
        } finally {
            FacilitatorPassword.wipe(newPassword);
        }
    }

    /** True if no password is set or the given one matches; the array is cleared afterwards. */
    public boolean unlock(char[] attempt) {
        try {
            return password == null || password.matches(attempt);
        } finally {
            FacilitatorPassword.wipe(attempt);
        }
    }

    // ---- pause and turns ------------------------------------------------------------------------------------

    public boolean isPaused() { return paused; }

    public void pause() {
        if (paused) return;
        paused = true;
        game.state().editLog.add(Intervention.noteLine(game.currentTurn(), "paused by the facilitator"));
    }

    public void resume() {
        if (!paused) return;
        paused = false;
        game.state().editLog.add(Intervention.noteLine(game.currentTurn(), "resumed by the facilitator"));
    }

    /**
     * Resolves the current turn (refused while paused), then fires the injects scheduled for the next turn.
     *
     * @throws IllegalStateException when paused or the game is over
     */
    public TurnRecord resolve(Map<String, List<Order>> orders) {
        if (paused) throw new IllegalStateException("the game is paused by the facilitator");
        TurnRecord r = game.resolve(orders);
        fireDueInjects();
        return r;
    }

    /** Records the reasons an AI seat gave for its orders of the current turn (call before resolving). */
    public void recordReasons(String seat, List<Reason> seatReasons) {
        int turn = game.currentTurn();
        reasons.removeIf(r -> r.turn() == turn && r.seat().equals(seat));
        reasons.add(new SeatReason(turn, seat, seatReasons));
    }

    public List<SeatReason> reasons() { return List.copyOf(reasons); }

    // ---- injects --------------------------------------------------------------------------------------------

    /** Outcome of an inject: the event id it got in the game, or the problems that kept it from being applied. */
    public record InjectResult(String eventId, List<InjectProblem> problems) {
        public boolean applied() { return problems.isEmpty(); }
    }

    /** A problem that kept an inject from being applied at a turn; {@link #english()} is "turn N, inject ID: problem". */
    public record RefusedInject(int turn, String injectId, InjectProblem problem) {
        /** The line in a language ("ja", anything else English), for the console's log. */
        public String in(String lang) {
            String p = problem.in(lang);
            return Messages.of(lang).getOr("inject.refused", "turn " + turn + ", inject " + injectId + ": " + p,
                    String.valueOf(turn), String.valueOf(injectId), p);
        }

        public String english() {
            return in("en");
        }

        @Override
        public String toString() {
            return english();
        }
    }

    /** Applies an inject now: in force for the current turn, announced to everyone, written to the log. */
    public InjectResult injectNow(Inject inject) {
        String id = uniqueEventId("inj-" + inject.id() + "-t" + game.currentTurn());
        return apply(inject, id);
    }

    /**
     * Fires the scheduled injects of the current turn that have not fired yet; returns what happened to each.
     * Called by {@link #resolve(Map)}; call it once after creating a game so turn-1 injects fire.
     */
    public List<InjectResult> fireDueInjects() {
        List<InjectResult> out = new ArrayList<>();
        if (game.isOver()) return out;
        Set<String> known = eventIds();
        for (ScheduledInject s : schedule.dueAt(game.currentTurn())) {
            if (known.contains(s.eventId())) continue;
            out.add(apply(s.inject(), s.eventId()));
        }
        return out;
    }

    private InjectResult apply(Inject inject, String eventId) {
        List<InjectProblem> found = InjectCheck.problems(inject, game.scenario());
        if (game.isOver()) found = List.of(InjectProblem.of(InjectProblem.GAME_OVER));
        if (!found.isEmpty()) {
            for (InjectProblem p : found) problems.add(new RefusedInject(game.currentTurn(), inject.id(), p));
            return new InjectResult(null, found);
        }
        EventDef e = inject.toEvent(eventId, game.currentTurn());
        game.inject(e);
        return new InjectResult(eventId, List.of());
    }

    /** Injects that were reported and not applied, for the console (worded with {@link RefusedInject#in}). */
    public List<RefusedInject> problems() { return List.copyOf(problems); }

    private Set<String> eventIds() {
        Set<String> ids = new HashSet<>();
        for (EventDef e : game.scenario().events()) ids.add(e.id());
        return ids;
    }

    private String uniqueEventId(String wanted) {
        String base = wanted.length() > 60 ? wanted.substring(0, 60) : wanted;
        Set<String> ids = eventIds();
        if (!ids.contains(base)) return base;
        for (int n = 2; ; n++) if (!ids.contains(base + "-" + n)) return base + "-" + n;
    }

    // ---- parameters -----------------------------------------------------------------------------------------

    /**
     * Changes a model parameter between turns, in force from the current turn; the old and new value, the turn
     * and the note go to the game log.
     *
     * @throws IllegalArgumentException if the value is outside the parameter's documented range
     */
    public void setParameter(ParameterKey key, double value, String note) {
        if (!key.accepts(value)) {
            throw new IllegalArgumentException(key.jsonName() + " must be within " + key.min() + ".." + key.max());
        }
        if (game.isOver()) throw new IllegalStateException("the game is over");
        applyParameter(game, key, value, note);
    }

    static void applyParameter(Game g, ParameterKey key, double value, String note) {
        double old = g.scenario().parameters().get(key);
        String source = "facilitator, turn " + g.currentTurn() + (note == null || note.isBlank() ? "" : ": " + note);
        g.state().scenario = g.scenario().withParameters(g.scenario().parameters().with(key, value, source));
        g.state().editLog.add(Intervention.parameterLine(g.currentTurn(), key, old, value, note));
    }

    // ---- rollback and fork ----------------------------------------------------------------------------------

    /**
     * What a rollback did: the turn now being played again, and the facilitator's actions made after the undone
     * turn resolved, which are gone (scheduled injects fire again when their turn comes).
     */
    public record RollbackResult(int turnToReplay, List<Intervention> dropped) {}

    /**
     * Undoes the last resolved turn: the game is rebuilt by replay as it stood when seats gave orders for it
     * (injects and parameter edits made before it kept), checked against the recorded state hashes.
     *
     * @throws IllegalStateException if no turn has been resolved
     * @throws Replay.MismatchException if the replay does not reproduce the recorded hashes
     */
    public RollbackResult rollbackLastTurn() {
        int played = game.turnsPlayed();
        if (played == 0) throw new IllegalStateException("no turn to roll back");
        Replay.Plan plan = Replay.planOf(game.state());
        List<Intervention> dropped = new ArrayList<>();
        for (Intervention i : plan.interventions()) if (i.turn() > played) dropped.add(i);
        Game rebuilt = Replay.upTo(plan, played - 1);
        rebuilt.state().editLog.add(Intervention.noteLine(played, "facilitator rolled back turn " + played
                + " (state " + Replay.shortHash(rebuilt.hash()) + ")"));
        reasons.removeIf(r -> r.turn() >= played);
        game = rebuilt;
        for (Consumer<Game> l : replacedListeners) l.accept(rebuilt);
        return new RollbackResult(played, dropped);
    }

    /**
     * A new, independent game as it stood after {@code turn} resolved turns (with the injects and edits made
     * before turn {@code turn + 1}); save it as a new game to explore an alternative.
     */
    public Game forkAt(int turn) {
        Game fork = Replay.upTo(Replay.planOf(game.state()), turn);
        fork.state().editLog.add(Intervention.noteLine(turn + 1, "forked from the game at turn " + turn));
        return fork;
    }

    /** A facilitator for a fork, carrying over the password, the schedule and the journal up to the fork. */
    public Facilitator forkFacilitator(int turn) {
        Game fork = forkAt(turn);
        List<JournalEntry> j = journal.entries().stream().filter(e -> e.turn() <= turn).toList();
        List<SeatReason> r = reasons.stream().filter(x -> x.turn() <= turn).toList();
        return new Facilitator(fork, new FacilitatorData(password, false, schedule.entries(), j, r));
    }

    // ---- unredacted view ------------------------------------------------------------------------------------

    /** Every seat's submitted orders for a resolved turn (1-based), with AI reasons and journal notes. */
    public List<SeatOrders> submittedOrders(int turn) {
        var log = game.state().orderLog;
        if (turn < 1 || turn > log.size()) return List.of();
        Map<String, List<Order>> orders = log.get(turn - 1);
        List<SeatOrders> out = new ArrayList<>();
        for (var actor : game.scenario().actors()) {
            String seat = actor.id();
            List<Order> o = orders.getOrDefault(seat, List.of());
            List<Reason> why = reasons.stream().filter(r -> r.turn() == turn && r.seat().equals(seat))
                    .findFirst().map(SeatReason::reasons).orElse(List.of());
            JournalEntry note = journal.get(turn, seat).orElse(null);
            if (o.isEmpty() && why.isEmpty() && note == null) continue;
            out.add(new SeatOrders(turn, seat, o, why, note));
        }
        return out;
    }

    /** All resolved turns' orders, turn by turn. */
    public List<SeatOrders> allSubmittedOrders() {
        List<SeatOrders> out = new ArrayList<>();
        for (int t = 1; t <= game.turnsPlayed(); t++) out.addAll(submittedOrders(t));
        return out;
    }

    /** The game log: the engine's and the facilitator's lines, in order. */
    public List<String> log() {
        return List.copyOf(game.state().editLog);
    }
}
