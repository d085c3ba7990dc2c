package chokepoint.engine;

import chokepoint.engine.order.Order;
import chokepoint.engine.order.OrderChecker;
import chokepoint.engine.order.OrderCost;
import chokepoint.engine.order.OrderCosts;
import chokepoint.engine.order.OrderValidator;
import chokepoint.engine.order.Rejection;
import chokepoint.engine.resolve.Effects;
import chokepoint.engine.resolve.StateHash;
import chokepoint.engine.resolve.TurnResolver;
import chokepoint.engine.scenario.EffectDef;
import chokepoint.engine.scenario.EventDef;
import chokepoint.engine.scenario.Scenario;
import chokepoint.engine.state.DrawRule;
import chokepoint.engine.state.GameState;
import chokepoint.engine.state.NewsItem;
import chokepoint.engine.state.TurnRecord;
import chokepoint.engine.view.SeatView;
import chokepoint.engine.view.Visibility;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The engine's front door. The UI, the AI, the headless runner and the facilitator tools all drive a game
 * through this class: check orders, preview them, resolve a turn with every seat's orders, read a seat's view
 * or the full history. Pure Java: no UI, no I/O, no global state; the random generator lives in the state.
 */
public final class Game {
    /**
     * How a game keeps its records. {@code turnHashes}: every turn record carries the state hash (the default; replays,
     * saves, reports and the facilitator read it). Without it records keep {@code stateHash} null and
     * {@link #hash()} still gives the current hash: a batch only needs the final one, and hashing is a large share of
     * a turn. The game itself (states, records' figures, final hash) is the same either way.
     */
    public record Options(boolean turnHashes) {
        public static final Options DEFAULT = new Options(true);
        /** For batches of many games: no per-turn state hashes. */
        public static final Options LEAN = new Options(false);
    }

    private final GameState state;
    private final Options options;

    private Game(GameState state, Options options) {
        this.state = state;
        this.options = options;
    }

    private Game(GameState state) {
        this(state, Options.DEFAULT);
    }

    /** A new game at the start of a scenario; the same scenario and seed always give the same game. */
    public static Game start(Scenario scenario, long seed) {
        return start(scenario, seed, Options.DEFAULT);
    }

    /** A new game with the given options; its states and final hash are those of {@link #start(Scenario, long)}. */
    public static Game start(Scenario scenario, long seed, Options options) {
        return start(scenario, seed, options, DrawRule.KEYED);
    }

    /**
     * A new game drawing its random numbers by {@code draws}: replays of a saved game start with the save's rule
     * ({@link DrawRule#SEQUENTIAL} for saves made before keyed draws).
     */
    public static Game start(Scenario scenario, long seed, Options options, DrawRule draws) {
        return new Game(GameSetup.create(scenario, seed, options.turnHashes(), draws), options);
    }

    /** Wraps a state restored from a save. */
    public static Game fromState(GameState state) {
        return new Game(state);
    }

    public Options options() { return options; }

    /** The full state, for saving and for the facilitator; players' screens use {@link #view(String)}. */
    public GameState state() { return state; }

    public Scenario scenario() { return state.scenario; }

    public long seed() { return state.seed; }

    /** Turns resolved so far. */
    public int turnsPlayed() { return state.turn; }

    /** The turn seats are giving orders for (1-based). */
    public int currentTurn() { return state.turn + 1; }

    public boolean isOver() { return state.isOver(); }

    public String currentLabel() { return state.scenario.calendar().label(Math.min(currentTurn(), state.scenario.calendar().turns())); }

    public List<Rejection> validate(Order order) {
        return OrderValidator.validate(state, order);
    }

    public List<List<Rejection>> validateAll(String actor, List<Order> orders) {
        return OrderValidator.validateAll(state, actor, orders);
    }

    /** Checks a seat's orders one at a time against those accepted before (greedy set building). */
    public OrderChecker checker(String actor) {
        return OrderChecker.of(state, actor);
    }

    public OrderCost cost(Order order) {
        return OrderCosts.of(state, order);
    }

    /** Action points and budget left for a seat after the valid orders of its pending set. */
    public OrderCost remaining(String actor, List<Order> pending) {
        return OrderValidator.remaining(state, actor, pending);
    }

    /**
     * Cost, problems and expected first effect of adding {@code order} to a seat's pending orders. The effect is
     * simulated one turn ahead on a copy in which other actors' hidden stockpiles are replaced by the seat's
     * estimates, so a preview reveals nothing the seat could not see.
     */
    public OrderPreview preview(String actor, List<Order> pending, Order order) {
        List<Order> with = new ArrayList<>(pending);
        with.add(order);
        List<List<Rejection>> checks = validateAll(actor, with);
        List<Rejection> problems = checks.get(checks.size() - 1);
        OrderCost cost = cost(order);
        if (!problems.isEmpty() || isOver()) return new OrderPreview(cost, problems, List.of());
        GameState base = estimatedCopy(actor);
        GameState alt = base.copy();
        // the two simulated turns are compared by their figures; their state hashes would be thrown away
        TurnRecord without = TurnResolver.resolve(base, Map.of(actor, List.copyOf(pending)), false);
        TurnRecord withIt = TurnResolver.resolve(alt, Map.of(actor, with), false);
        return new OrderPreview(cost, problems, differences(actor, without, withIt));
    }

    private GameState estimatedCopy(String actor) {
        GameState c = state.copy();
        int me = state.scenario.actorIndex(actor);
        for (int a = 0; a < c.actors(); a++) {
            if (a == me) continue;
            for (int m = 0; m < c.markets(); m++) {
                c.stock[a][m] = Visibility.estimate(state.stock[a][m], state.seed, state.turn, me, a, m);
            }
        }
        return c;
    }

    /**
     * A copy for look-ahead from one seat's point of view (AI): other actors' hidden stockpiles and budgets are
     * replaced by the seat's estimates, and the random generator is reseeded from (seed, turn, seat) so the copy
     * does not reveal the real draws of the coming turn (licence approvals, permits, events). A forecast is not a
     * game of record, so it plays {@link Options#LEAN} (no per-turn state hash; its outcomes are the same).
     */
    public Game forecastCopy(String actor) {
        GameState c = estimatedCopy(actor);
        int me = state.scenario.actorIndex(actor);
        for (int a = 0; a < c.actors(); a++) {
            if (a != me) c.budget[a] = Visibility.estimate(state.budget[a], state.seed, state.turn, me, a, -1);
        }
        c.rngState = state.seed ^ Double.doubleToLongBits(chokepoint.engine.state.Rng.hashUnit(state.seed, state.turn, me, 0x5EED));
        return new Game(c, Options.LEAN);
    }

    private List<OrderPreview.Change> differences(String actor, TurnRecord a, TurnRecord b) {
        Scenario sc = state.scenario;
        int me = sc.actorIndex(actor);
        List<OrderPreview.Change> out = new ArrayList<>();
        for (int m = 0; m < sc.marketCount(); m++) {
            if (Math.abs(b.price[m] / Math.max(1e-12, a.price[m]) - 1) > 0.005) {
                out.add(new OrderPreview.Change(OrderPreview.Change.Kind.PRICE, null, sc.market(m).key(), a.price[m], b.price[m]));
            }
        }
        for (int x = 0; x < sc.actorCount(); x++) {
            String id = sc.actors().get(x).id();
            for (int m = 0; m < sc.marketCount(); m++) {
                double sa = a.shortageShare(x, m);
                double sb = b.shortageShare(x, m);
                if (Math.abs(sb - sa) > 0.005) {
                    out.add(new OrderPreview.Change(OrderPreview.Change.Kind.SHORTAGE, id, sc.market(m).key(), sa, sb));
                }
            }
            if (Math.abs(b.gdpIndex[x] - a.gdpIndex[x]) > 0.01) {
                out.add(new OrderPreview.Change(OrderPreview.Change.Kind.GDP, id, null, a.gdpIndex[x], b.gdpIndex[x]));
            }
            if (x != me && Math.abs(b.leverage[me][x] - a.leverage[me][x]) > 0.05) {
                out.add(new OrderPreview.Change(OrderPreview.Change.Kind.LEVERAGE, id, null, a.leverage[me][x], b.leverage[me][x]));
            }
        }
        if (Math.abs(b.budget[me] - a.budget[me]) > 1e-4) {
            out.add(new OrderPreview.Change(OrderPreview.Change.Kind.BUDGET, actor, null, a.budget[me], b.budget[me]));
        }
        out.sort(Comparator.comparingDouble((OrderPreview.Change ch) -> -relative(ch)));
        return List.copyOf(out.subList(0, Math.min(6, out.size())));
    }

    private static double relative(OrderPreview.Change ch) {
        double scale = Math.max(Math.abs(ch.before()), ch.kind() == OrderPreview.Change.Kind.SHORTAGE ? 0.01 : 1e-9);
        return Math.abs(ch.delta()) / scale;
    }

    /** Resolves the current turn with every seat's orders (seats without orders give none). */
    public TurnRecord resolve(Map<String, List<Order>> orders) {
        return TurnResolver.resolve(state, orders, options.turnHashes());
    }

    public SeatView view(String actor) {
        return new SeatView(state, actor);
    }

    /** Every resolved turn, unredacted (facilitator, headless report, debrief after the game). */
    public List<TurnRecord> history() {
        return List.copyOf(state.history);
    }

    public String hash() {
        return StateHash.of(state);
    }

    /** An independent copy (AI look-ahead, excursions, forks). */
    public Game copy() {
        return new Game(state.copy(), options);
    }

    /**
     * An independent copy whose future random draws (licence approvals, permits, R&amp;D outcomes, cyber operations,
     * the event deck) come from {@code seed} instead of this game's generator, so excursions can play many futures
     * from one position. Everything else is copied as is, including {@link #seed()}, which keeps keying replays
     * and the estimates of hidden figures. The same game and seed always give the same copy.
     */
    public Game reseeded(long seed) {
        GameState c = state.copy();
        // One SplitMix64 step scrambles the seed so that nearby seeds do not start from nearby generator states.
        c.rngState = new chokepoint.engine.state.Rng(seed).nextLong();
        return new Game(c, options);
    }

    /**
     * Facilitator inject: applies an event's effects now, so they are in force for the coming turn, and announces
     * it to everyone. The inject is added to the scenario's event list so replays and saves keep it.
     */
    public void inject(EventDef event) {
        List<EventDef> events = new ArrayList<>(state.scenario.events());
        EventDef scheduled = new EventDef(event.id(), event.title(), event.text(), currentTurn(), 0, 0, false,
                event.effects(), event.source());
        events.add(scheduled);
        state.scenario = state.scenario.withEvents(events);
        for (EffectDef e : event.effects()) Effects.apply(state, e, null, currentTurn(), "inject:" + event.id());
        state.firedEvents.add(event.id());
        state.pendingNews.add(NewsItem.publicNews(3, "news.event", event.id()));
        state.editLog.add("turn " + currentTurn() + ": inject " + event.id());
    }
}
