package chokepoint.engine.resolve;

import chokepoint.engine.order.Order;
import chokepoint.engine.order.OrderCosts;
import chokepoint.engine.order.OrderValidator;
import chokepoint.engine.order.Rejection;
import chokepoint.engine.scenario.ActorDef;
import chokepoint.engine.state.ExportControl;
import chokepoint.engine.state.GameState;
import chokepoint.engine.state.ObjectiveStatus;
import chokepoint.engine.state.TurnRecord;
import chokepoint.engine.state.ZoneSnapshot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves one turn: all seats' orders take effect at once, in the fixed order of docs/MODEL.md:
 * diplomacy, policies, R&amp;D and construction, market clearing, shortages and damage, scores, leverage, events.
 */
public final class TurnResolver {
    private TurnResolver() {}

    public static TurnRecord resolve(GameState s, Map<String, List<Order>> submitted) {
        return resolve(s, submitted, true);
    }

    /**
     * As {@link #resolve(GameState, Map)}; with {@code hashTurn} false the record's {@code stateHash} stays null
     * (the hash is a quarter of a turn's cost and only replays, saves and reports read it).
     */
    public static TurnRecord resolve(GameState s, Map<String, List<Order>> submitted, boolean hashTurn) {
        if (s.isOver()) throw new IllegalStateException("the game is over");
        TurnContext c = new TurnContext(s, submitted);
        c.news.addAll(s.pendingNews);
        s.pendingNews.clear();
        // price news compare with the last turn's recorded (cleared) price, which is what players saw
        double[] oldPrice = s.history.isEmpty() ? s.price.clone() : s.history.get(s.history.size() - 1).price.clone();
        List<Order> accepted = acceptOrders(c, submitted);
        chargeFixedCosts(c, accepted);
        DiplomacyStep.run(c, accepted);
        PolicyStep.run(c, accepted);
        ProgressStep.run(c);
        List<ExportControl> controlsInForce = List.copyOf(s.controls);
        List<ZoneSnapshot> zonesInForce = ZoneSnapshot.of(s.zones);
        TradeRules rules = new TradeRules(c);
        MarketOutcome out = new MarketClearing(c, rules).clear();
        settleBudgets(c, out);
        double[][] sectorLoss = DamageStep.run(c, out);
        List<List<ObjectiveStatus>> objectives = Objectives.score(c, out);
        Leverage.Result lev = Leverage.compute(c, out, rules);
        Explanations.write(c, out, rules, sectorLoss, oldPrice);
        s.turn = c.turn;
        s.escorts.clear();
        // the record shows the prices this turn cleared at (as its news and revenues do); a price shock fired
        // for the next turn moves the state's price, not this record's
        double[] cleared = s.price.clone();
        double[] clearedOutside = s.outsidePrice.clone();
        EventStep.run(c);
        s.modifiers.removeIf(mod -> mod.untilTurn() <= c.turn);
        s.rngState = c.rng.state();
        TurnRecord r = record(c, out, sectorLoss, lev, objectives, controlsInForce, zonesInForce, cleared, clearedOutside);
        if (hashTurn) r.stateHash = StateHash.of(s);
        s.history.add(r);
        return r;
    }

    /**
     * The turn-0 figures: the markets cleared once on a copy with no orders, to show the starting position and
     * to fix each market's base tightness (so prices start at their reference values).
     */
    public static TurnRecord baseline(GameState s) {
        return baseline(s, true);
    }

    /** As {@link #baseline(GameState)}; with {@code hashTurn} false the record's {@code stateHash} stays null. */
    public static TurnRecord baseline(GameState s, boolean hashTurn) {
        GameState copy = s.copy();
        TurnContext c = new TurnContext(copy, Map.of());
        TradeRules rules = new TradeRules(c);
        MarketOutcome out = new MarketClearing(c, rules).clear();
        for (int m = 0; m < c.markets; m++) {
            s.baseTightness[m] = out.tightness[m];
            copy.price[m] = s.price[m];
            copy.outsidePrice[m] = s.outsidePrice[m];
        }
        double[][] sectorLoss = new double[c.actors][c.sc.sectors().size()];
        System.arraycopy(s.gdpIndex, 0, copy.gdpIndex, 0, s.gdpIndex.length);
        List<List<ObjectiveStatus>> objectives = Objectives.score(c, out);
        System.arraycopy(copy.score, 0, s.score, 0, s.score.length);
        Leverage.Result lev = Leverage.compute(c, out, rules);
        TurnContext c0 = new TurnContext(s, Map.of());
        TurnRecord r = new TurnRecord(0, "start", s.tension, s.price.clone(), s.outsidePrice.clone(),
                out.directDemand, out.production, out.recycled, out.use, out.shortage, deepCopy(s.stock), out.imports,
                out.exports, out.blocked, out.blockedBy, List.copyOf(out.flows), s.gdpIndex.clone(), s.budget.clone(),
                s.score.clone(), c.exportRevenue, sectorLoss, lev.matrix(), lev.terms(), objectives,
                List.copyOf(s.firedEvents), List.copyOf(c0.news), List.copyOf(s.controls), ZoneSnapshot.of(s.zones));
        if (hashTurn) r.stateHash = StateHash.of(s);
        return r;
    }

    private static List<Order> acceptOrders(TurnContext c, Map<String, List<Order>> submitted) {
        List<Order> accepted = new ArrayList<>();
        Map<String, List<Order>> log = new LinkedHashMap<>();
        for (ActorDef ad : c.sc.actors()) {
            List<Order> mine = submitted.getOrDefault(ad.id(), List.of());
            if (mine.isEmpty()) continue;
            log.put(ad.id(), List.copyOf(mine));
            List<List<Rejection>> checks = OrderValidator.validateAll(c.s, ad.id(), mine);
            for (int i = 0; i < mine.size(); i++) {
                if (checks.get(i).isEmpty()) {
                    accepted.add(mine.get(i));
                } else {
                    c.privateNews(ad.id(), 2, "news.order.rejected", mine.get(i).type(), checks.get(i).get(0).code().name());
                }
            }
        }
        c.s.orderLog.add(log);
        return accepted;
    }

    /** Orders with a one-off price pay it now; stockpile buys pay on delivery, plants on ordering, R&D per turn. */
    private static void chargeFixedCosts(TurnContext c, List<Order> accepted) {
        for (Order o : accepted) {
            if (o instanceof Order.BuyStockpile || o instanceof Order.Invest || o instanceof Order.StartResearch) continue;
            int a = c.idx(o.actor());
            c.s.budget[a] = Math.max(0, c.s.budget[a] - OrderCosts.of(c.s, o).budget());
        }
    }

    private static void settleBudgets(TurnContext c, MarketOutcome out) {
        double share = c.sc.parameters().get(chokepoint.engine.scenario.ParameterKey.REVENUE_TO_BUDGET);
        for (int a = 0; a < c.actors; a++) {
            double spent = 0;
            for (int m = 0; m < c.markets; m++) spent += out.stockBought[a][m] * c.s.outsidePrice[m] / 1e9;
            double income = c.sc.actors().get(a).income().value();
            c.s.budget[a] = Math.max(0, c.s.budget[a] - spent + income + share * c.exportRevenue[a]);
        }
    }

    private static TurnRecord record(TurnContext c, MarketOutcome out, double[][] sectorLoss, Leverage.Result lev,
                                     List<List<ObjectiveStatus>> objectives, List<ExportControl> controls,
                                     List<ZoneSnapshot> zones, double[] price, double[] outsidePrice) {
        GameState s = c.s;
        return new TurnRecord(c.turn, c.sc.calendar().label(c.turn), s.tension, price, outsidePrice,
                out.directDemand, out.production, out.recycled, out.use, out.shortage, deepCopy(s.stock), out.imports,
                out.exports, out.blocked, out.blockedBy, List.copyOf(out.flows), s.gdpIndex.clone(), s.budget.clone(),
                s.score.clone(), c.exportRevenue, sectorLoss, lev.matrix(), lev.terms(), objectives,
                List.copyOf(c.events), List.copyOf(c.news), controls, zones);
    }

    static double[][] deepCopy(double[][] a) {
        double[][] out = new double[a.length][];
        for (int i = 0; i < a.length; i++) out[i] = a[i].clone();
        return out;
    }
}
