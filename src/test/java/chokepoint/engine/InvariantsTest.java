package chokepoint.engine;

import chokepoint.engine.order.Order;
import chokepoint.engine.state.ControlMode;
import chokepoint.engine.state.Flow;
import chokepoint.engine.state.Target;
import chokepoint.engine.state.TurnRecord;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Accounting identities and bounds that hold every turn, whatever the orders. */
class InvariantsTest {

    /** Checks one turn against the previous one; used by other tests too (property tests, full games). */
    public static void checkTurn(Game g, TurnRecord prev, TurnRecord r) {
        var sc = g.scenario();
        for (int a = 0; a < sc.actorCount(); a++) {
            assertTrue(Double.isFinite(r.gdpIndex[a]) && r.gdpIndex[a] > 0, "GDP index finite and positive");
            assertTrue(Double.isFinite(r.budget[a]) && r.budget[a] >= 0, "budget never negative");
            assertTrue(r.score[a] >= 0 && r.score[a] <= 100.0001, "score within 0..100");
            for (int m = 0; m < sc.marketCount(); m++) {
                String where = sc.actors().get(a).id() + " " + sc.market(m).key() + " turn " + r.turn;
                for (double[][] arr : List.of(r.production, r.use, r.shortage, r.stock, r.imports, r.exports, r.demand)) {
                    assertTrue(Double.isFinite(arr[a][m]) && arr[a][m] >= -1e-9, "non-negative finite figure at " + where);
                }
                double supply = r.production[a][m] + r.recycled[a][m] + r.imports[a][m];
                double uses = r.use[a][m] + r.exports[a][m] + (r.stock[a][m] - prev.stock[a][m]);
                assertEquals(supply, uses, 1e-6 * Math.max(1, supply), "supply = use + exports + stock change at " + where);
                assertTrue(r.shortage[a][m] <= r.demand[a][m] + 1e-9, "shortage within demand at " + where);
            }
        }
        for (int m = 0; m < sc.marketCount(); m++) {
            double imports = 0, exports = 0;
            for (int a = 0; a < sc.actorCount(); a++) { imports += r.imports[a][m]; exports += r.exports[a][m]; }
            assertEquals(exports, imports, 1e-6 * Math.max(1, exports), "world imports = world exports in " + sc.market(m).key());
            assertTrue(r.price[m] > 0 && Double.isFinite(r.price[m]), "price positive");
            assertTrue(r.outsidePrice[m] >= r.price[m] - 1e-9, "outside price at least the benchmark");
        }
        for (Flow f : r.flows) assertTrue(f.quantity() > 0 && Double.isFinite(f.quantity()), "flows positive");
    }

    @Test
    void everyTurnBalancesWithControlsStockpilesAndReleases() {
        Game g = Game.start(TinyScenario.build(), 3);
        List<Map<String, List<Order>>> script = List.of(
                Map.of("JPN", List.of(new Order.BuyStockpile("JPN", "ndpr", "refining", 30))),
                Map.of("CHN", List.of(new Order.ImposeExportControl("CHN", "ndpr", "refining", ControlMode.LICENCE,
                        Target.all(), 0))),
                Map.of("JPN", List.of(new Order.ReleaseStockpile("JPN", "ndpr", "refining", 10))),
                Map.of("USA", List.of(new Order.SetStockpileTarget("USA", "ndpr", "component", 90))),
                Map.of("CHN", List.of(new Order.ImposeExportControl("CHN", "ndpr", "component", ControlMode.QUOTA,
                        Target.actors("USA"), 0.4))));
        TurnRecord prev = g.history().get(0);
        int t = 0;
        while (!g.isOver()) {
            TurnRecord r = g.resolve(t < script.size() ? script.get(t) : Map.of());
            checkTurn(g, prev, r);
            prev = r;
            t++;
        }
        assertEquals(8, g.history().size() - 1);
    }
}
