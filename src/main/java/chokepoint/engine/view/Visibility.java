package chokepoint.engine.view;

import chokepoint.engine.state.NewsItem;
import chokepoint.engine.state.Rng;
import chokepoint.engine.state.TurnRecord;

import java.util.ArrayList;
import java.util.List;

/**
 * Hidden information, decided in the engine: a seat sees its own stockpiles and budget exactly and others' as
 * estimates within +/-{@link #UNCERTAINTY}, and only the news addressed to it or to everyone. The estimate noise
 * is a pure function of (seed, turn, observer, actor, market), so looking never changes the game.
 */
public final class Visibility {
    /** Relative error bound of estimates of another actor's stockpile or budget. */
    public static final double UNCERTAINTY = 0.3;

    private Visibility() {}

    public static double estimate(double truth, long seed, int turn, int observer, int actor, int market) {
        if (observer == actor) return truth;
        double u = Rng.hashUnit(seed, turn, observer, actor, market);
        return truth * (1 + UNCERTAINTY * (2 * u - 1));
    }

    /**
     * A copy of a turn record with only what every seat sees: the stockpiles, budgets and news are left out
     * ({@code stock} and {@code budget} null, no news). For readers that need none of them (the AI's per-turn
     * facts): estimating every hidden figure for every seat each turn is a noticeable share of an all-AI game.
     */
    public static TurnRecord publicFigures(TurnRecord r) {
        return new TurnRecord(r.turn, r.label, r.tension, r.price, r.outsidePrice, r.demand, r.production,
                r.recycled, r.use, r.shortage, null, r.imports, r.exports, r.blocked, r.blockedBy, r.flows, r.gdpIndex,
                null, r.score, r.exportRevenue, r.sectorLoss, r.leverage, r.leverageTerms, r.objectives, r.events,
                List.of(), r.controls, r.zones);
    }

    /** A copy of a turn record as seen by one seat. */
    public static TurnRecord redact(TurnRecord r, int observer, String observerId, long seed) {
        int n = r.gdpIndex.length;
        double[][] stock = new double[n][];
        double[] budget = new double[n];
        for (int a = 0; a < n; a++) {
            stock[a] = new double[r.stock[a].length];
            for (int m = 0; m < stock[a].length; m++) stock[a][m] = estimate(r.stock[a][m], seed, r.turn, observer, a, m);
            budget[a] = estimate(r.budget[a], seed, r.turn, observer, a, -1);
        }
        List<NewsItem> news = new ArrayList<>();
        for (NewsItem item : r.news) if (item.visibleTo(observerId)) news.add(item);
        TurnRecord red = new TurnRecord(r.turn, r.label, r.tension, r.price, r.outsidePrice, r.demand, r.production,
                r.recycled, r.use, r.shortage, stock, r.imports, r.exports, r.blocked, r.blockedBy, r.flows, r.gdpIndex,
                budget, r.score, r.exportRevenue, r.sectorLoss, r.leverage, r.leverageTerms, r.objectives, r.events,
                List.copyOf(news), r.controls, r.zones);
        red.stateHash = null;
        return red;
    }
}
