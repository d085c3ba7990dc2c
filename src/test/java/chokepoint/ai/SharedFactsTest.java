package chokepoint.ai;

import chokepoint.engine.Game;
import chokepoint.engine.order.Order;
import chokepoint.engine.scenario.ActorDef;
import chokepoint.engine.scenario.Scenario;
import chokepoint.engine.state.Flow;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The flow index groups each actor's flows in the record's order (what a scan of all flows visits), and a player
 * sharing {@link SharedFacts} between the seats of a game plans exactly as one working alone.
 */
class SharedFactsTest {
    @Test
    void flowGroupsAreTheFilteredFlowsInOrder() {
        Scenario sc = AiTestSupport.bundled2025();
        Game g = Game.start(sc, 3);
        AiRoster roster = AiRoster.defaults(sc);
        while (!g.isOver()) {
            List<Flow> flows = g.state().lastRecord().flows;
            int n = sc.actorCount();
            FlowIndex all = FlowIndex.of(flows, n);
            for (int a = 0; a < n; a++) {
                List<Flow> bought = new ArrayList<>();
                List<Flow> sold = new ArrayList<>();
                for (Flow f : flows) {
                    if (f.buyer() == a) bought.add(f);
                    if (f.seller() == a) sold.add(f);
                }
                assertArrayEquals(bought.toArray(), all.boughtBy(a), "bought by " + a);
                assertArrayEquals(sold.toArray(), all.soldBy(a), "sold by " + a);
                FlowIndex one = FlowIndex.ofActor(flows, n, a);
                assertArrayEquals(bought.toArray(), one.boughtBy(a));
                assertArrayEquals(sold.toArray(), one.soldBy(a));
            }
            g.resolve(roster.ordersFor(g, AiRoster.playableSeats(sc)));
        }
    }

    @Test
    void scenarioIndexAnswersAsTheLookupsById() {
        Scenario sc = AiTestSupport.bundled2025();
        ScenarioIndex x = new ScenarioIndex(sc);
        for (int a = 0; a < sc.actorCount(); a++) {
            var objectives = sc.actors().get(a).objectives();
            for (int k = 0; k < objectives.size(); k++) {
                var o = objectives.get(k);
                int m = o.commodity() == null || o.stage() == null ? -1 : sc.marketIndex(o.commodity(), o.stage());
                assertEquals(m, x.objectiveMarket(a, k));
            }
        }
        for (int p = 0; p < sc.projects().size(); p++) {
            var def = sc.projects().get(p);
            for (int e = 0; e < def.effects().size(); e++) {
                var eff = def.effects().get(e);
                int m = eff.commodity() == null || eff.stage() == null ? -1 : sc.marketIndex(eff.commodity(), eff.stage());
                assertEquals(m, x.effectMarket(p, e));
            }
            for (int a = 0; a < sc.actorCount(); a++) {
                String id = sc.actors().get(a).id();
                assertEquals(def.eligible().isEmpty() || def.eligible().contains(id), x.eligible(p, a), def.id() + " " + id);
            }
        }
    }

    @Test
    void prioritySortIsTheStableSortByPriority() {
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(11);
        for (int round = 0; round < 2000; round++) {
            List<BaselineAi.Candidate> list = new ArrayList<>();
            int size = rnd.nextInt(60);
            for (int k = 0; k < size; k++) {
                double p = rnd.nextInt(4) == 0 ? rnd.nextInt(3) : rnd.nextDouble() * 10; // ties are frequent
                list.add(new BaselineAi.Candidate(new Order.HoldSummit("A" + k, "B"), Reason.NONE, p, BaselineAi.Category.DIPLOMACY));
            }
            List<BaselineAi.Candidate> expected = new ArrayList<>(list);
            expected.sort(java.util.Comparator.comparingDouble((BaselineAi.Candidate c) -> -c.priority()));
            BaselineAi.sortByPriority(list);
            assertEquals(expected, list);
        }
    }

    @Test
    void sharedFactsGiveTheSamePlans() {
        Scenario sc = AiTestSupport.bundled2025();
        for (AiStyle style : AiStyle.values()) {
            BaselineAi alone = new BaselineAi(style);
            BaselineAi sharing = new BaselineAi(style, new SharedFacts());
            Game g = Game.start(sc, 5);
            while (!g.isOver()) {
                Map<String, List<Order>> orders = new LinkedHashMap<>();
                for (ActorDef a : sc.actors()) {
                    if (!a.playable()) continue;
                    String where = style + " " + a.id() + " turn " + g.currentTurn();
                    BaselineAi.Plan p = alone.plan(g, a.id(), false);
                    BaselineAi.Plan q = sharing.plan(g, a.id(), false);
                    assertEquals(p.ranked(), q.ranked(), where);
                    assertEquals(p.chosen(), q.chosen(), where);
                    orders.put(a.id(), sharing.orders(g, a.id()));
                }
                g.resolve(orders);
            }
        }
    }

    @Test
    void seatFactsAreTheSameWithAndWithoutSharing() {
        Scenario sc = AiTestSupport.bundled2025();
        Game g = Game.start(sc, 7);
        AiRoster roster = AiRoster.defaults(sc);
        SharedFacts shared = new SharedFacts();
        while (!g.isOver()) {
            for (String seat : AiRoster.playableSeats(sc)) {
                SeatFacts a = new SeatFacts(g, seat);
                SeatFacts b = new SeatFacts(g, seat, shared);
                assertArrayEquals(a.supplyTotal, b.supplyTotal);
                assertArrayEquals(a.topForeignShare, b.topForeignShare);
                assertArrayEquals(a.topForeign, b.topForeign);
                for (int m = 0; m < a.mk; m++) {
                    for (int s = 0; s < a.n; s++) {
                        assertEquals(a.imports(m, s), b.imports(m, s));
                        assertEquals(a.exportValue(m, s), b.exportValue(m, s));
                        // the old scan of all flows
                        double imp = 0, exp = 0;
                        for (Flow f : a.rec.flows) {
                            if (f.buyer() == a.i && f.seller() == s && f.market() == m && s != a.i) imp += f.quantity();
                            else if (f.buyer() != a.i && f.seller() == a.i && f.buyer() == s && f.market() == m) exp += f.quantity();
                        }
                        assertEquals(imp, a.imports(m, s));
                        assertEquals(exp * a.rec.price[m] / 1e9, a.exportValue(m, s));
                    }
                }
            }
            g.resolve(roster.ordersFor(g, AiRoster.playableSeats(sc)));
        }
    }
}
