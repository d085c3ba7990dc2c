package chokepoint.engine.resolve;

import chokepoint.engine.order.Order;
import chokepoint.engine.scenario.Scenario;
import chokepoint.engine.state.GameState;
import chokepoint.engine.state.NewsItem;
import chokepoint.engine.state.Draw;
import chokepoint.engine.state.Rng;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The one door into the rules during a turn: the state, the random draws, the orders accepted this turn,
 * per-turn scratch figures and the news being written. Steps get everything through it.
 */
final class TurnContext {
    final GameState s;
    final Scenario sc;
    final Rng rng;
    /** The turn being resolved (1-based). */
    final int turn;
    final int actors;
    final int markets;
    final Map<String, List<Order>> orders;
    final List<NewsItem> news = new ArrayList<>();
    final List<String> events = new ArrayList<>();
    /** Stockpile purchases ordered this turn, quantity per [actor][market]. */
    final double[][] stockBuy;
    /** Stockpile releases ordered this turn. */
    final double[][] stockRelease;
    /** Export revenue this turn, US$ bn per actor. */
    final double[] exportRevenue;
    /** World tension when the turn began (its drift back to the structural level is judged from it). */
    final double tensionAtStart;

    TurnContext(GameState s, Map<String, List<Order>> orders) {
        this.s = s;
        this.sc = s.scenario;
        this.rng = new Rng(s.rngState);
        this.turn = s.turn + 1;
        this.actors = s.actors();
        this.markets = s.markets();
        this.orders = orders;
        this.stockBuy = new double[actors][markets];
        this.stockRelease = new double[actors][markets];
        this.exportRevenue = new double[actors];
        this.tensionAtStart = s.tension;
    }

    /** Whether an event of {@code chance} happens: one keyed draw ({@link Draw}), or the next sequential one. */
    boolean chance(double chance, Draw what, long a, long b, long c) {
        return draw(what, a, b, c) < chance;
    }

    /** Uniform in [0, 1) for one random question of this turn (see {@link Draw}). */
    double draw(Draw what, long a, long b, long c) {
        return what.in(s, rng, turn, a, b, c);
    }

    /** As {@link #draw} but the same whatever the turn: for a question asked once, whenever it comes up. */
    double drawOnce(Draw what, long a, long b, long c) {
        return what.in(s, rng, 0, a, b, c);
    }

    int idx(String actorId) {
        return sc.actorIndex(actorId);
    }

    String id(int actor) {
        return sc.actors().get(actor).id();
    }

    String marketKey(int m) {
        return sc.marketKey(m);
    }

    void publicNews(int importance, String key, Object... args) {
        news.add(NewsItem.publicNews(importance, key, args));
    }

    void privateNews(String actor, int importance, String key, Object... args) {
        news.add(NewsItem.privateNews(actor, importance, key, args));
    }

    void adjustRelation(int a, int b, double delta) {
        if (a < 0 || b < 0 || a == b) return;
        double v = clamp(s.relation[a][b] + delta, -100, 100);
        s.relation[a][b] = v;
        s.relation[b][a] = v;
    }

    void adjustTension(double delta) {
        s.tension = clamp(s.tension + delta, 0, 100);
    }

    static double clamp(double v, double lo, double hi) {
        return v < lo ? lo : (v > hi ? hi : v);
    }

    double perTurn(double annual) {
        return annual / sc.calendar().periodsPerYear();
    }
}
