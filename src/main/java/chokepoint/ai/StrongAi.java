package chokepoint.ai;

import chokepoint.ai.BaselineAi.Candidate;
import chokepoint.ai.BaselineAi.Plan;
import chokepoint.engine.Game;
import chokepoint.engine.order.Order;
import chokepoint.engine.scenario.ActorDef;
import chokepoint.engine.scenario.ParameterKey;
import chokepoint.engine.state.TurnRecord;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The strong AI: builds a handful of candidate order sets (the baseline's set under each style, the own set
 * without each order, with the best unchosen alternatives swapped in, and responses only), plays each one to two
 * turns ahead with the engine on a forecast copy of the game (other actors' hidden stockpiles and budgets replaced
 * by this seat's estimates, the random generator reseeded; the others play the balanced baseline), and keeps the
 * set with the best outcome for this seat: its score, plus a little GDP and leverage. Ties go to the own-style
 * baseline set, so long-term orders (plants, R&amp;D) that show no effect within the horizon are kept.
 */
public final class StrongAi implements AiPlayer {
    /** Most order sets simulated per decision. */
    public static final int MAX_CANDIDATES = 9;
    /** Smallest gain over the baseline set (value points) that makes the strong AI deviate from it. */
    static final double MIN_GAIN = 0.25;
    /** Random futures each order set is played in (common to all sets, so they are compared fairly). */
    static final int DEFAULT_SAMPLES = 2;
    static final int DEFAULT_DEPTH = 2;

    private final AiStyle style;
    private final int depth;
    private final int samples;

    public StrongAi(AiStyle style) {
        this(style, DEFAULT_DEPTH, DEFAULT_SAMPLES);
    }

    /**
     * @param depth turns simulated ahead (1..6)
     * @param samples random futures each order set is played in (1..4)
     */
    public StrongAi(AiStyle style, int depth, int samples) {
        this.style = style;
        this.depth = Math.max(1, Math.min(6, depth));
        this.samples = Math.max(1, Math.min(4, samples));
    }

    public AiStyle style() { return style; }

    private record Option(String label, List<Candidate> orders) {
        List<Order> orderList() { return orders.stream().map(Candidate::order).toList(); }
    }

    @Override
    public Decision decide(Game game, String actor) {
        BaselineAi own = new BaselineAi(style);
        Plan plan = own.plan(game, actor);
        if (game.isOver() || plan.ranked().isEmpty()) {
            return plan.decision(actor, "strong " + lower(style) + ": nothing to decide");
        }
        List<Option> options = options(game, actor, plan);
        if (options.size() == 1) {
            return plan.decision(actor, "strong " + lower(style) + ": one sensible order set");
        }
        Game base = game.forecastCopy(actor);
        Game[] futures = new Game[samples];
        futures[0] = base;
        for (int k = 1; k < samples; k++) {
            futures[k] = base.copy();
            futures[k].state().rngState ^= BaselineAi.mix(game.seed(), game.currentTurn(), k, 0xF0CA57L);
        }
        Map<String, List<Order>> others = new HashMap<>();
        BaselineAi predictor = new BaselineAi(AiStyle.BALANCED);
        for (ActorDef ad : game.scenario().actors()) {
            if (!ad.playable() || ad.id().equals(actor)) continue;
            others.put(ad.id(), predictor.decide(base, ad.id()).orderList());
        }
        int me = game.scenario().actorIndex(actor);
        double[] values = new double[options.size()];
        int best = 0;
        for (int k = 0; k < options.size(); k++) {
            double v = 0;
            for (Game future : futures) v += simulate(future, actor, me, others, options.get(k).orderList());
            values[k] = v / samples;
            if (values[k] > values[best] + (best == 0 ? MIN_GAIN : 1e-9)) best = k;
        }
        Option chosen = options.get(best);
        String summary = String.format(Locale.ROOT,
                "strong %s: simulated %d order sets %d turn(s) ahead in %d futures; chose %s (value %.2f vs %.2f for the %s baseline set)",
                lower(style), options.size(), depth, samples, chosen.label(), values[best], values[0], lower(style));
        List<ReasonedOrder> reasoned = new ArrayList<>();
        for (Candidate c : chosen.orders()) {
            String note = best == 0 ? "" : String.format(Locale.ROOT, " [look-ahead: %+.2f over the baseline set]", values[best] - values[0]);
            reasoned.add(new ReasonedOrder(c.order(), c.reason() + note));
        }
        return new Decision(actor, reasoned, summary);
    }

    /** The candidate order sets, the own-style baseline set first; all valid, no duplicates. */
    private List<Option> options(Game game, String actor, Plan plan) {
        Map<List<Order>, Option> out = new LinkedHashMap<>();
        add(out, new Option("the " + lower(style) + " baseline set", plan.chosen()));
        for (AiStyle s : AiStyle.values()) {
            if (s == style) continue;
            add(out, new Option("the " + lower(s) + " baseline set", new BaselineAi(s).plan(game, actor).chosen()));
        }
        List<Candidate> chosen = plan.chosen();
        for (Candidate c : chosen) {
            if (game.cost(c.order()).actionPoints() == 0) continue;
            List<Candidate> without = new ArrayList<>(chosen);
            without.remove(c);
            add(out, new Option("the baseline set without " + c.order().type(), without));
        }
        Set<Candidate> inSet = new HashSet<>(chosen);
        int alternatives = 0;
        for (Candidate alt : plan.ranked()) {
            if (alternatives >= 3) break;
            if (inSet.contains(alt) || game.cost(alt.order()).actionPoints() == 0) continue;
            List<Candidate> reordered = new ArrayList<>();
            reordered.add(alt);
            for (Candidate c : plan.ranked()) if (c != alt) reordered.add(c);
            List<Candidate> set = BaselineAi.select(game, actor, reordered);
            if (set.contains(alt)) {
                add(out, new Option("the baseline set with " + alt.order().type() + " first", set));
                alternatives++;
            }
        }
        List<Candidate> free = new ArrayList<>();
        for (Candidate c : chosen) if (game.cost(c.order()).actionPoints() == 0) free.add(c);
        add(out, new Option("responses only", free));
        List<Option> list = new ArrayList<>(out.values());
        return list.subList(0, Math.min(MAX_CANDIDATES, list.size()));
    }

    private static void add(Map<List<Order>, Option> out, Option o) {
        out.putIfAbsent(o.orderList(), o);
    }

    private double simulate(Game base, String actor, int me, Map<String, List<Order>> others, List<Order> mine) {
        Game g = base.copy();
        Map<String, List<Order>> orders = new HashMap<>(others);
        orders.put(actor, mine);
        TurnRecord r1 = g.resolve(orders);
        // later turns weigh more: 0.35/0.65 for two turns, 1:2:3:... beyond
        double sum = value(g, r1, me) * (depth == 2 ? 0.35 : 1);
        double weights = depth == 2 ? 0.35 : 1;
        BaselineAi mineAi = new BaselineAi(style);
        BaselineAi theirs = new BaselineAi(AiStyle.BALANCED);
        for (int t = 2; t <= depth && !g.isOver(); t++) {
            Map<String, List<Order>> next = new HashMap<>();
            for (ActorDef ad : g.scenario().actors()) {
                if (!ad.playable()) continue;
                next.put(ad.id(), (ad.id().equals(actor) ? mineAi : theirs).decide(g, ad.id()).orderList());
            }
            TurnRecord r = g.resolve(next);
            double w = depth == 2 ? 0.65 : t;
            sum += w * value(g, r, me);
            weights += w;
        }
        return sum / weights;
    }

    /** This seat's outcome after a simulated turn: score, plus a little GDP (against trend) and net leverage. */
    static double value(Game g, TurnRecord r, int me) {
        double growth = g.scenario().parameters().get(ParameterKey.GDP_TREND_GROWTH);
        double trend = 100 * Math.pow(1 + growth, r.turn);
        double lev = 0;
        for (int o = 0; o < r.leverage[me].length; o++) if (o != me) lev += r.leverage[me][o];
        lev = Math.max(-100, Math.min(100, lev));
        return r.score[me] + 0.5 * (r.gdpIndex[me] - trend) + 0.02 * lev;
    }

    private static String lower(AiStyle s) {
        return s.name().toLowerCase(Locale.ROOT);
    }
}
