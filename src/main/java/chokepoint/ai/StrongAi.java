package chokepoint.ai;

import chokepoint.ai.BaselineAi.Candidate;
import chokepoint.ai.BaselineAi.Plan;
import chokepoint.ai.Lookahead.Evaluation;
import chokepoint.ai.StrongMoves.Option;
import chokepoint.engine.Game;

import java.util.ArrayList;
import java.util.List;

/**
 * The strong AI: a rollout player judged by the final score. Every turn (or only in the last {@code searchTurns}
 * turns, playing its own-style baseline set before them) it builds candidate order sets ({@link StrongMoves}: the
 * baseline set first, end-game moves forced in, unchosen baseline candidates, other styles, the set without one
 * order), plays each for up to {@link #MAX_HORIZON} turns on forecast copies ({@link Lookahead}: its own estimates
 * of others' hidden figures, a reseeded random generator, every seat continuing on the baseline) and values it by
 * the final score, or short of the end by its mean score over the simulated turns; then it tries the best improving
 * moves together. It leaves the baseline set only for a gain in every future of at least {@link #MIN_GAIN} plus a
 * margin per turn the rollouts stop short of the end (see {@link #beats}). Work per decision is bounded by a count of
 * simulated turns ({@link #UNIT_BUDGET}, {@link #LONG_UNIT_BUDGET}), never by elapsed time, so decisions are deterministic.
 */
public final class StrongAi implements AiPlayer {
    /** Work units per decision (see {@link Lookahead}); one unit is about a third of a simulated all-seat turn. */
    static final int UNIT_BUDGET = 75;
    /**
     * When the rollouts play 3 or more turns: units for this many order sets (each in {@link #DEFAULT_SAMPLES}
     * futures), so a long rollout means fewer sets, not more time.
     */
    static final int LONG_SETS = 6;
    /** Smallest simulated gain (score points) that makes the strong AI leave its baseline set. */
    static final double MIN_GAIN = 0.01;
    /** Extra gain asked of a set for every turn the rollouts stop short of the end (only with a window longer than {@link #MAX_HORIZON}). */
    static final double PER_TURN = 0.02;
    /**
     * The strong AI searches in the last 16 turns (two thirds of a 24-turn game) and plays its own-style baseline
     * set before them. In the last 12 the rollouts reach the end, so a set is judged by the final score itself; in
     * the 4 turns before, by 12 turns of play and a margin for the turns beyond. Earlier, the score a few turns on
     * is a poor guide to the final score (objectives are judged at the end, and GDP damage fades within a few
     * turns), and deviations judged on it lost as often as they won (docs/AI.md).
     */
    static final int DEFAULT_SEARCH_TURNS = 16;
    /** Most turns one rollout plays; with a window longer than this the mean score up to the horizon stands in for the final score. */
    static final int MAX_HORIZON = 12;
    static final int DEFAULT_SAMPLES = 2;

    private final AiStyle style;
    private final int searchTurns;
    private final int samples;

    public StrongAi(AiStyle style) {
        this(style, DEFAULT_SEARCH_TURNS, DEFAULT_SAMPLES);
    }

    /**
     * @param searchTurns the last turns of the game in which it searches (at least 1; the whole game by default);
     *        before them it plays its baseline set
     * @param samples most random futures each order set is played in (1..4)
     */
    public StrongAi(AiStyle style, int searchTurns, int samples) {
        this.style = style;
        this.searchTurns = Math.max(1, searchTurns);
        this.samples = Math.max(1, Math.min(4, samples));
    }

    public AiStyle style() { return style; }

    @Override
    public Decision decide(Game game, String actor) {
        BaselineAi own = new BaselineAi(style);
        Plan plan = own.plan(game, actor);
        String name = style.name();
        if (game.isOver() || !game.scenario().actor(actor).map(a -> a.playable()).orElse(false)) {
            return plan.decision(actor, Reason.of("ai.summary.nothing", name));
        }
        int left = game.scenario().calendar().turns() - game.turnsPlayed();
        if (left > searchTurns) {
            return plan.decision(actor, Reason.of("ai.summary.baselineUntil", name, searchTurns));
        }
        int horizon = Math.min(left, MAX_HORIZON);
        // every set in `samples` futures: the worst-future rule then needs a gain in both, so the margins can be lower
        int futures = samples;
        int perSet = Lookahead.unitsPerSet(horizon, futures);
        int budget = horizon <= 2 ? UNIT_BUDGET : Math.max(2 * UNIT_BUDGET, LONG_SETS * perSet);
        int limit = Math.max(1, budget / perSet - 1);
        List<Option> options = StrongMoves.options(game, actor, style, plan, limit);
        if (options.size() == 1) return plan.decision(actor, Reason.of("ai.summary.oneSet", name));

        Lookahead look = new Lookahead(game, actor, style, horizon, futures);
        int beyond = left - horizon;
        Evaluation[] ev = new Evaluation[options.size()];
        ev[0] = look.evaluate(options.get(0).orderList());
        Evaluation base = ev[0];
        // a set short of the smaller margin in one future cannot beat the baseline set: its other futures are skipped
        double needed = MIN_GAIN + PER_TURN * beyond;
        for (int k = 1; k < options.size(); k++) ev[k] = look.evaluate(options.get(k).orderList(), base, needed);
        int best = 0;
        for (int k = 1; k < options.size(); k++) {
            if (beats(ev[k], base, beyond) && ev[k].mean() > ev[best].mean() + 1e-9) best = k;
        }
        Option chosen = options.get(best);
        double chosenValue = ev[best].mean();
        // the improving forced moves together
        Option combined = combine(game, actor, plan, options, ev, beyond);
        if (combined != null && look.unitsSpent() + perSet <= budget) {
            Evaluation c = look.evaluate(combined.orderList(), base, needed);
            if (c.mean() > chosenValue + 1e-9 && beats(c, base, beyond)) {
                chosen = combined;
                chosenValue = c.mean();
            }
        }
        boolean deviates = chosen != options.get(0);
        int last = game.currentTurn() + horizon - 1;
        Reason measure = last >= game.scenario().calendar().turns() ? Reason.of("ai.measure.final")
                : Reason.of("ai.measure.mean", game.currentTurn(), last);
        Reason summary = Reason.of("ai.summary.strong", name, options.size() + (combined == null ? 0 : 1), last, horizon, futures,
                chosen.label(), measure, chosenValue, base.mean());
        List<ReasonedOrder> reasoned = new ArrayList<>();
        for (Candidate c : chosen.orders()) {
            Reason reason = deviates ? Reason.of("ai.lookahead", c.reason(), measure, chosenValue, base.mean()) : c.reason();
            reasoned.add(new ReasonedOrder(c.order(), reason));
        }
        return new Decision(actor, reasoned, summary);
    }

    /**
     * Whether a set may replace the baseline set: it gains at least {@link #MIN_GAIN} in every future, plus
     * {@link #PER_TURN} for every turn between the rollouts' horizon and the end of the game (short of the end a
     * gain is a forecast of part of the way, and leaving the baseline set changes the rest of the game).
     */
    private static boolean beats(Evaluation e, Evaluation base, int beyond) {
        return e.worstGain(base) >= MIN_GAIN + PER_TURN * beyond;
    }

    /** The baseline set with every forced move that improved on it, best first; null if fewer than two. */
    private static Option combine(Game game, String actor, Plan plan, List<Option> options, Evaluation[] ev, int beyond) {
        List<Integer> improving = new ArrayList<>();
        for (int k = 1; k < options.size(); k++) {
            if (!options.get(k).forced().isEmpty() && beats(ev[k], ev[0], beyond)) improving.add(k);
        }
        if (improving.size() < 2) return null;
        improving.sort((a, b) -> Double.compare(ev[b].mean(), ev[a].mean()));
        List<Candidate> moves = new ArrayList<>();
        for (int k : improving) {
            for (Candidate c : options.get(k).forced()) {
                if (moves.stream().noneMatch(m -> m.order().equals(c.order()))) moves.add(c);
            }
        }
        Option o = StrongMoves.forced(game, actor, plan, moves, Reason.NONE);
        if (o.forced().size() < 2) return null;
        Reason label = Reason.of("ai.option.with", o.forced().stream().map(Candidate::reason).toList());
        return new Option(label, o.forced(), o.orders());
    }
}
