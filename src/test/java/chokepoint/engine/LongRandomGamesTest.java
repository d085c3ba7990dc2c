package chokepoint.engine;

import chokepoint.engine.order.Order;
import chokepoint.engine.scenario.ActorDef;
import chokepoint.engine.scenario.Scenario;
import chokepoint.engine.state.GameState;
import chokepoint.engine.state.TurnRecord;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Property: under any sequence of legal orders of every kind, every turn keeps the accounting identities and
 * all numbers finite and within bounds.
 */
class LongRandomGamesTest {

    @Property(tries = 40)
    void randomLegalGamesKeepTheInvariants(@ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        playRandom(TinyScenario.build(), seed, 6);
    }

    static void playRandom(Scenario sc, long seed, int ordersPerSeat) {
        Random r = new Random(seed);
        Game g = Game.start(sc, seed);
        TurnRecord prev = g.history().get(0);
        while (!g.isOver()) {
            Map<String, List<Order>> orders = new HashMap<>();
            for (ActorDef ad : sc.actors()) {
                if (ad.playable()) orders.put(ad.id(), RandomOrders.legalSet(r, g, ad.id(), ordersPerSeat));
            }
            TurnRecord rec = g.resolve(orders);
            InvariantsTest.checkTurn(g, prev, rec);
            checkState(g.state());
            prev = rec;
        }
    }

    static void checkState(GameState s) {
        assertTrue(s.tension >= 0 && s.tension <= 100, "tension in 0..100");
        for (int a = 0; a < s.actors(); a++) {
            for (int b = 0; b < s.actors(); b++) {
                assertTrue(s.relation[a][b] >= -100 && s.relation[a][b] <= 100, "relations in -100..100");
            }
            for (int m = 0; m < s.markets(); m++) {
                assertTrue(Double.isFinite(s.capacity[a][m]) && s.capacity[a][m] >= 0, "capacity finite, not negative");
                assertTrue(Double.isFinite(s.stock[a][m]) && s.stock[a][m] >= 0, "stock finite, not negative");
                assertTrue(s.demandFactor[a][m] >= 0 && Double.isFinite(s.demandFactor[a][m]), "demand factor finite");
            }
        }
        for (int m = 0; m < s.markets(); m++) {
            double ref = s.scenario.market(m).referencePrice().value();
            assertTrue(s.price[m] > 0 && s.price[m] <= ref * 100, "price within bounds");
        }
    }
}
