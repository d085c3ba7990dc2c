package chokepoint.ui.session;

import chokepoint.ai.Reason;
import chokepoint.engine.Game;
import chokepoint.engine.order.Order;
import chokepoint.engine.state.TurnRecord;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A game being played at this machine: the engine game, who plays which actor, the human seats' pending orders
 * (kept in memory only, and handed out one seat at a time), and what happens after each resolution (autosave).
 */
public final class GameSession {
    private Game game;
    private final chokepoint.facilitator.Facilitator facilitator;
    private final List<SeatConfig> seats;
    private final Map<String, List<Order>> pending = new LinkedHashMap<>();
    private final AiPlayer ai;
    private Consumer<GameSession> afterResolve = s -> { };
    private String lastAutosaveProblem;
    private chokepoint.persistence.SeatSecrets secrets;

    public GameSession(Game game, List<SeatConfig> seats, AiPlayer ai) {
        this(game, seats, ai, chokepoint.facilitator.FacilitatorData.empty());
    }

    /** A session with the facilitator's data of a save (password, schedule, decision journal, AI reasons). */
    public GameSession(Game game, List<SeatConfig> seats, AiPlayer ai, chokepoint.facilitator.FacilitatorData saved) {
        this.game = Objects.requireNonNull(game);
        this.seats = List.copyOf(seats);
        this.ai = ai == null ? AiPlayer.NONE : ai;
        for (SeatConfig s : this.seats) if (s.human()) pending.put(s.actor(), new ArrayList<>());
        this.facilitator = new chokepoint.facilitator.Facilitator(game, saved);
        facilitator.onGameReplaced(this::replaceGame);
        // a new facilitator password: keep the key that seals the facilitator's data, not the password
        facilitator.onPasswordSet(password -> secrets().facilitatorPassword(password));
    }

    public Game game() {
        return game;
    }

    public List<SeatConfig> seats() {
        return seats;
    }

    public List<SeatConfig> humanSeats() {
        return seats.stream().filter(SeatConfig::human).toList();
    }

    public List<SeatConfig> aiSeats() {
        return seats.stream().filter(s -> !s.human()).toList();
    }

    public SeatConfig seat(String actor) {
        for (SeatConfig s : seats) if (s.actor().equals(actor)) return s;
        throw new IllegalArgumentException("no seat " + actor);
    }

    /** Name shown for a seat: the players' name if given, else the actor's. */
    public String displayName(String actor, String actorName) {
        SeatConfig s = seat(actor);
        return s.name() == null || s.name().isBlank() ? actorName : s.name() + " (" + actorName + ")";
    }

    /** The pending orders of one human seat, mutable; give it only to that seat's screens. */
    public List<Order> pendingOf(String actor) {
        List<Order> p = pending.get(actor);
        if (p == null) throw new IllegalArgumentException("not a human seat: " + actor);
        return p;
    }

    /**
     * The keys that seal the private data of every seat with a PIN in saves (derived from the PINs on first use,
     * or taken over from an unlocked save with {@link #useSecrets}).
     */
    public synchronized chokepoint.persistence.SeatSecrets secrets() {
        if (secrets == null) {
            secrets = chokepoint.persistence.SeatSecrets.none();
            for (SeatConfig s : seats) if (s.human() && s.hasPin()) secrets.pin(s.actor(), s.pin());
        }
        return secrets;
    }

    /** Uses the keys of a loaded save (the seats' PINs are the ones given to unlock it). */
    public synchronized void useSecrets(chokepoint.persistence.SeatSecrets s) {
        chokepoint.persistence.SeatSecrets mine = s == null ? chokepoint.persistence.SeatSecrets.none() : s;
        for (SeatConfig c : seats) if (c.human() && c.hasPin() && !mine.protects(c.actor())) mine.pin(c.actor(), c.pin());
        this.secrets = mine;
    }

    /** A copy of every human seat's pending orders, for a save (which seals those of seats with a PIN). */
    public Map<String, List<Order>> pendingSnapshot() {
        Map<String, List<Order>> out = new LinkedHashMap<>();
        for (Map.Entry<String, List<Order>> e : pending.entrySet()) out.put(e.getKey(), List.copyOf(e.getValue()));
        return out;
    }

    public boolean pinMatches(String actor, String pin) {
        SeatConfig s = seat(actor);
        return !s.hasPin() || s.pin().equals(pin == null ? "" : pin.trim());
    }

    /** Called after each resolution (e.g. autosave); it may record a problem for the UI with {@link #autosaveProblem}. */
    public void setAfterResolve(Consumer<GameSession> hook) {
        this.afterResolve = hook == null ? s -> { } : hook;
    }

    public void setAutosaveProblem(String message) {
        this.lastAutosaveProblem = message;
    }

    public String autosaveProblem() {
        return lastAutosaveProblem;
    }

    /**
     * The White Cell's handle on this game. Turns are resolved through it (refused while it pauses the game;
     * scheduled injects fire), a rollback replaces the game of this session, and it keeps every seat's decision
     * journal, so it exists in every game, facilitated or not.
     */
    public chokepoint.facilitator.Facilitator facilitator() {
        return facilitator;
    }

    /** Whether the game was set up (or saved) in facilitator mode, i.e. with a facilitator password. */
    public boolean facilitated() {
        return facilitator.isProtected();
    }

    /**
     * Whether the White Cell console may be opened: always in facilitator mode (behind the password); in a plain game
     * only when no seat has a PIN, since the console shows every seat's figures and orders.
     */
    public boolean whiteCellAvailable() {
        return facilitated() || humanSeats().stream().noneMatch(SeatConfig::hasPin);
    }

    /** Takes a rebuilt game (facilitator rollback); everyone's pending orders are dropped. */
    public void replaceGame(Game g) {
        this.game = Objects.requireNonNull(g);
        for (List<Order> p : pending.values()) p.clear();
    }

    /** Resolves the turn with every human seat's pending orders and the AI's; clears the pending orders. */
    public TurnRecord resolve() {
        Map<String, List<Order>> orders = new LinkedHashMap<>();
        List<SeatConfig> aiSeats = aiSeats();
        if (!aiSeats.isEmpty()) {
            AiPlayer.Decided decided = ai.decideWithReasons(game, aiSeats);
            for (SeatConfig s : aiSeats) {
                orders.put(s.actor(), List.copyOf(decided.orders().getOrDefault(s.actor(), List.of())));
                List<Reason> why = decided.reasons().get(s.actor());
                if (why != null && !why.isEmpty()) facilitator.recordReasons(s.actor(), why);
            }
        }
        for (Map.Entry<String, List<Order>> e : pending.entrySet()) orders.put(e.getKey(), List.copyOf(e.getValue()));
        TurnRecord r = facilitator.resolve(orders);
        for (List<Order> p : pending.values()) p.clear();
        lastAutosaveProblem = null;
        afterResolve.accept(this);
        return r;
    }
}
