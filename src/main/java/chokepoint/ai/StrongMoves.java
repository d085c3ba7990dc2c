package chokepoint.ai;

import chokepoint.ai.BaselineAi.Candidate;
import chokepoint.ai.BaselineAi.Category;
import chokepoint.ai.BaselineAi.Plan;
import chokepoint.engine.Game;
import chokepoint.engine.order.Order;
import chokepoint.engine.scenario.ObjectiveDef;
import chokepoint.engine.scenario.ObjectiveKind;
import chokepoint.engine.state.ExportControl;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The order sets the strong AI compares: its own-style baseline set first, then variants that can move the
 * final score: end-game moves (stockpile purchases to cover shortages or to sell in the last turn, releases,
 * tariffs against a supplier an objective caps, lifting own controls), the best unchosen baseline candidates
 * forced in, the other styles' sets and the own set without one order. Every set is built by the baseline's
 * greedy selection, so it is valid and within action points and budget.
 */
final class StrongMoves {
    /** Priority that puts a forced move ahead of every baseline candidate in the greedy selection. */
    private static final double FORCED = 1e6;

    private StrongMoves() {}

    /** One order set to simulate: a label for the summary, the moves forced into the baseline, the orders. */
    record Option(Reason label, List<Candidate> forced, List<Candidate> orders) {
        List<Order> orderList() { return orders.stream().map(Candidate::order).toList(); }
    }

    /** Candidate order sets, the own-style baseline set first, no duplicates, at most {@code limit}. */
    static List<Option> options(Game game, String actor, AiStyle style, Plan plan, int limit) {
        SeatFacts f = new SeatFacts(game, actor);
        Map<List<Order>, Option> out = new LinkedHashMap<>();
        add(out, new Option(Reason.of("ai.option.style", style.name()), List.of(), plan.chosen()));
        List<Candidate> moves = endgameMoves(f);
        if (f.turnsLeft <= 1) {
            List<Candidate> last = lastTurnMoves(f);
            if (last.size() > 1) add(out, forced(game, actor, plan, last, Reason.of("ai.option.lastTurnSales")));
        }
        for (Candidate m : moves) add(out, forced(game, actor, plan, List.of(m), Reason.of("ai.option.with", m.reason())));
        Set<Candidate> inSet = new HashSet<>(plan.chosen());
        int alternatives = 0;
        for (Candidate alt : plan.ranked()) {
            if (alternatives >= 3) break;
            if (inSet.contains(alt) || game.cost(alt.order()).actionPoints() == 0) continue;
            Option o = forced(game, actor, plan, List.of(alt), Reason.of("ai.option.first", alt.order().type()));
            if (o.orders().contains(alt)) {
                add(out, new Option(o.label(), List.of(), o.orders()));
                alternatives++;
            }
        }
        for (AiStyle s : AiStyle.values()) {
            if (s != style) add(out, new Option(Reason.of("ai.option.style", s.name()), List.of(), new BaselineAi(s).plan(game, actor).chosen()));
        }
        for (Candidate c : plan.chosen()) {
            if (game.cost(c.order()).actionPoints() == 0) continue;
            List<Candidate> without = new ArrayList<>(plan.chosen());
            without.remove(c);
            add(out, new Option(Reason.of("ai.option.without", c.order().type()), List.of(), without));
        }
        List<Option> list = new ArrayList<>(out.values());
        return list.subList(0, Math.min(limit, list.size()));
    }

    /** The baseline set with {@code moves} taken first; the rest filled by the baseline's priorities. */
    static Option forced(Game game, String actor, Plan plan, List<Candidate> moves, Reason label) {
        List<Candidate> ranked = new ArrayList<>(moves.size() + plan.ranked().size());
        for (Candidate m : moves) ranked.add(new Candidate(m.order(), m.reason(), FORCED + m.priority(), m.category()));
        ranked.addAll(plan.ranked());
        List<Candidate> set = BaselineAi.select(game, actor, ranked);
        List<Candidate> got = new ArrayList<>();
        for (Candidate m : ranked.subList(0, moves.size())) if (set.contains(m)) got.add(m);
        return new Option(label, got, set);
    }

    private static void add(Map<List<Order>, Option> out, Option o) {
        out.putIfAbsent(o.orderList(), o);
    }

    /**
     * Moves that pay off before the game ends: stockpile purchases for my shortages, purchases to sell in the
     * last turn where others go short (export-revenue objectives count the last turn's sales), tariffs on a
     * supplier whose share an objective caps, lifting my own controls, and in the last turn releases.
     */
    static List<Candidate> endgameMoves(SeatFacts f) {
        List<Candidate> out = new ArrayList<>();
        int left = f.turnsLeft;
        ObjectiveDef revenueGoal = revenueObjective(f);
        if (left <= 1) {
            for (int m = 0; m < f.mk; m++) {
                double stock = f.st.stock[f.i][m];
                if (stock <= 0) continue;
                out.add(new Candidate(release(f, m, stock), Reason.of("ai.endgame.releaseAll", stock, f.key(m), f.st.outsidePrice[m]),
                        stock * f.st.outsidePrice[m] / 1e9, Category.STOCKPILE));
            }
        }
        if (left >= 1) {
            // cover my own shortages from stock
            for (int m = 0; m < f.mk; m++) {
                if (f.shortageShare[m] <= 0.005) continue;
                double gap = f.rec.shortage[f.i][m] * Math.min(left, 3);
                Candidate c = buy(f, m, gap, "ai.endgame.buyShort", f.shortageShare[m]);
                if (c != null) out.add(c);
            }
        }
        if (revenueGoal != null && left >= 2 && left <= 5) {
            // buy where others go short, to sell in the last turn
            List<int[]> markets = new ArrayList<>();
            double[] shortValue = new double[f.mk];
            for (int m = 0; m < f.mk; m++) {
                double s = 0;
                for (int b = 0; b < f.n; b++) if (b != f.i) s += f.rec.shortage[b][m];
                shortValue[m] = s * f.rec.outsidePrice[m];
                if (s > 0) markets.add(new int[] {m});
            }
            markets.sort(Comparator.comparingDouble((int[] a) -> -shortValue[a[0]]));
            for (int k = 0; k < Math.min(3, markets.size()); k++) {
                int m = markets.get(k)[0];
                double others = shortValue[m] / Math.max(1e-9, f.rec.outsidePrice[m]);
                Candidate c = buy(f, m, others, "ai.endgame.buyToSell", others);
                if (c != null) out.add(c);
            }
        }
        if (left <= 3) {
            for (ObjectiveDef o : f.objectives) {
                if (!f.unmet(o)) continue;
                int m = f.market(o);
                if (m < 0) continue;
                int supplier = switch (o.kind()) {
                    case SUPPLIER_SHARE_AT_MOST -> f.sc.actorIndex(o.other());
                    case SINGLE_SUPPLIER_AT_MOST -> f.topForeign[m];
                    default -> -1;
                };
                if (supplier < 0 || supplier == f.i) continue;
                String com = f.sc.market(m).commodity();
                for (double rate : new double[] {0.5, 1.0}) {
                    out.add(new Candidate(new Order.SetTariff(f.me, f.id(supplier), com, rate), Reason.of("ai.endgame.tariff",
                            rate, com, f.id(supplier), o.id(), o.threshold()), 1, Category.TARIFF));
                }
            }
            if (revenueGoal != null) {
                for (ExportControl c : f.st.controls) {
                    if (!c.controller().equals(f.me)) continue;
                    var md = f.sc.market(c.market());
                    out.add(new Candidate(new Order.LiftExportControl(f.me, md.commodity(), md.stage()),
                            Reason.of("ai.endgame.liftControl", md.key(), revenueGoal.id()), 1, Category.CONTROL));
                }
            }
        }
        return out;
    }

    /**
     * The last turn's sales from stock, best first: everything in stock where I have an export-revenue objective
     * to meet and no stockpile objective on that market.
     */
    static List<Candidate> lastTurnMoves(SeatFacts f) {
        ObjectiveDef goal = revenueObjective(f);
        if (goal == null || f.turnsLeft > 1) return List.of();
        List<Candidate> out = new ArrayList<>();
        for (int m = 0; m < f.mk; m++) {
            double stock = f.st.stock[f.i][m];
            if (stock <= 0 || stockObjective(f, m)) continue;
            double value = stock * f.st.outsidePrice[m] / 1e9;
            out.add(new Candidate(release(f, m, stock), Reason.of("ai.endgame.sellAll", stock, f.key(m), value, goal.id()),
                    value, Category.STOCKPILE));
        }
        out.sort(Comparator.comparingDouble((Candidate c) -> -c.priority()));
        return out;
    }

    private static Order release(SeatFacts f, int m, double qty) {
        return new Order.ReleaseStockpile(f.me, f.sc.market(m).commodity(), f.sc.market(m).stage(), qty);
    }

    /**
     * A stockpile purchase of up to {@code wanted}, capped by a share of the budget and of world output; its reason
     * is {@code key} with the quantity, the market, {@code figure} and the cost.
     */
    private static Candidate buy(SeatFacts f, int m, double wanted, String key, double figure) {
        double price = Math.max(1e-9, f.st.outsidePrice[m]);
        double qty = Math.min(wanted, 0.4 * f.budget * 1e9 / price);
        qty = Math.min(qty, 0.2 * f.worldProduction(m));
        qty = BaselineAi.round(qty);
        if (!(qty > 0)) return null;
        return new Candidate(new Order.BuyStockpile(f.me, f.sc.market(m).commodity(), f.sc.market(m).stage(), qty),
                Reason.of(key, qty, f.key(m), figure, qty * price / 1e9),
                qty * price / 1e9, Category.STOCKPILE);
    }

    static ObjectiveDef revenueObjective(SeatFacts f) {
        for (ObjectiveDef o : f.objectives) if (o.kind() == ObjectiveKind.EXPORT_REVENUE_AT_LEAST && f.unmet(o)) return o;
        return null;
    }

    private static boolean stockObjective(SeatFacts f, int m) {
        for (ObjectiveDef o : f.objectives) if (o.kind() == ObjectiveKind.STOCKPILE_DAYS_AT_LEAST && f.market(o) == m) return true;
        return false;
    }
}
