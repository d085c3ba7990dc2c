package chokepoint.ai;

import chokepoint.engine.Game;
import chokepoint.engine.order.Order;
import chokepoint.engine.scenario.ActorDef;
import chokepoint.engine.state.TurnRecord;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rollouts for the strong AI. Plays an order set for this turn on forecast copies of the game (other actors'
 * hidden stockpiles and budgets replaced by this seat's estimates, the random generator reseeded, so no peeking),
 * then plays on to the end of the horizon with every seat on the baseline policy: others with the default style
 * of their kind, this seat with its own style plus the last-turn moves of {@link StrongMoves#lastTurnMoves}. The
 * value of an order set is this seat's score after the last simulated turn, averaged over the futures; with the
 * horizon reaching the end of the game that is the final score the game is judged by.
 *
 * <p>Work is counted, never timed, so decisions stay deterministic: a first simulated turn costs
 * {@link #FIRST_TURN_UNITS} (others' orders for it are shared by all order sets), each later turn
 * {@link #LATER_TURN_UNITS} (every seat decides again).
 */
final class Lookahead {
    static final int FIRST_TURN_UNITS = 2;
    static final int LATER_TURN_UNITS = 3;

    private final String actor;
    private final int me;
    private final AiStyle style;
    private final int horizon;
    private final Game[] futures;
    private final Map<String, List<Order>> othersNow = new HashMap<>();
    /**
     * Derived public data shared by every seat of a simulated turn (rebuilt when the record changes), and one
     * baseline player per style over it: the same decisions as fresh players, without each seat indexing the same
     * flows again.
     */
    private final SharedFacts shared = new SharedFacts();
    private final BaselineAi[] byStyle = new BaselineAi[AiStyle.values().length];
    private int unitsSpent;

    Lookahead(Game game, String actor, AiStyle style, int horizon, int samples) {
        this.actor = actor;
        this.me = game.scenario().actorIndex(actor);
        this.style = style;
        this.horizon = horizon;
        Game base = game.forecastCopy(actor);
        futures = new Game[samples];
        futures[0] = base;
        for (int k = 1; k < samples; k++) {
            futures[k] = base.copy();
            futures[k].state().rngState ^= BaselineAi.mix(game.seed(), game.currentTurn(), k, 0xF0CA57L);
        }
        for (ActorDef ad : game.scenario().actors()) {
            if (!ad.playable() || ad.id().equals(actor)) continue;
            othersNow.put(ad.id(), predictor(ad.kind()).orders(base, ad.id()));
        }
    }

    /** Work units one evaluation costs. */
    static int unitsPerSet(int horizon, int samples) {
        return samples * (FIRST_TURN_UNITS + LATER_TURN_UNITS * (horizon - 1));
    }

    int unitsSpent() { return unitsSpent; }

    int horizon() { return horizon; }

    int samples() { return futures.length; }

    /** One order set's rollouts: the value in each future. */
    record Evaluation(double[] values) {
        double mean() {
            double v = 0;
            for (double x : values) v += x;
            return v / values.length;
        }

        /** Smallest gain over {@code other} in any future. */
        double worstGain(Evaluation other) {
            double w = Double.POSITIVE_INFINITY;
            for (int k = 0; k < values.length; k++) w = Math.min(w, values[k] - other.values[k]);
            return w;
        }
    }

    /** This seat's value in every future when it gives {@code mine} now (see {@link #play}). */
    Evaluation evaluate(List<Order> mine) {
        return evaluate(mine, null, 0);
    }

    /**
     * As {@link #evaluate(List)}, but stops after the first future in which the gain over {@code base} is below
     * {@code needed} (the set cannot then gain that much in every future): the remaining values are -infinity.
     * Counts the units of a full evaluation, so the work bound and the decisions do not depend on the pruning.
     */
    Evaluation evaluate(List<Order> mine, Evaluation base, double needed) {
        double[] v = new double[futures.length];
        Arrays.fill(v, Double.NEGATIVE_INFINITY);
        for (int k = 0; k < futures.length; k++) {
            v[k] = play(futures[k].copy(), mine);
            if (base != null && v[k] - base.values[k] < needed) break;
        }
        unitsSpent += unitsPerSet(horizon, futures.length);
        return new Evaluation(v);
    }

    /**
     * Plays {@code mine} now and the rollout policy after it on {@code g}: the final score if the rollout reaches
     * the end of the game, else the mean score over the simulated turns.
     */
    private double play(Game g, List<Order> mine) {
        Map<String, List<Order>> orders = new HashMap<>(othersNow);
        orders.put(actor, mine);
        TurnRecord r = g.resolve(orders);
        double sum = r.score[me];
        int turns = 1;
        BaselineAi own = player(style);
        for (int t = 2; t <= horizon && !g.isOver(); t++) {
            Map<String, List<Order>> next = new HashMap<>();
            for (ActorDef ad : g.scenario().actors()) {
                if (!ad.playable()) continue;
                next.put(ad.id(), ad.id().equals(actor) ? rolloutOrders(g, own) : predictor(ad.kind()).orders(g, ad.id()));
            }
            r = g.resolve(next);
            sum += r.score[me];
            turns++;
        }
        // the final score is what the game is judged by; short of the end, the mean over the simulated turns
        // rewards a gain that lasts more than one that shows only at the horizon
        return g.isOver() ? r.score[me] : sum / turns;
    }

    /** This seat's policy in later simulated turns: its baseline, with the last-turn moves in the final turn. */
    private List<Order> rolloutOrders(Game g, BaselineAi own) {
        BaselineAi.Plan plan = own.plan(g, actor);
        if (g.currentTurn() < g.scenario().calendar().turns()) return plan.decision(actor, Reason.NONE).orderList();
        List<BaselineAi.Candidate> moves = StrongMoves.lastTurnMoves(new SeatFacts(g, actor));
        if (moves.isEmpty()) return plan.decision(actor, Reason.NONE).orderList();
        List<BaselineAi.Candidate> ranked = new ArrayList<>(moves);
        ranked.addAll(plan.ranked());
        List<Order> out = new ArrayList<>();
        for (BaselineAi.Candidate c : BaselineAi.select(g, actor, ranked)) out.add(c.order());
        return out;
    }

    /** How the strong AI expects another seat to play: the baseline with the default style of its kind. */
    private BaselineAi predictor(chokepoint.engine.scenario.ActorKind kind) {
        return player(AiRoster.defaultFor(kind).style());
    }

    private BaselineAi player(AiStyle s) {
        BaselineAi p = byStyle[s.ordinal()];
        if (p == null) byStyle[s.ordinal()] = p = new BaselineAi(s, shared);
        return p;
    }
}
