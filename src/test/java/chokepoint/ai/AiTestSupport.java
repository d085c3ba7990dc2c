package chokepoint.ai;

import chokepoint.engine.Game;
import chokepoint.engine.order.Order;
import chokepoint.engine.order.Rejection;
import chokepoint.engine.scenario.Scenario;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Helpers shared by the AI tests. */
final class AiTestSupport {
    private AiTestSupport() {}

    /** The bundled 2025 scenario when the loader and the file are on the classpath, else null. */
    static Scenario bundled2025() {
        return Scenarios.bundled("2025");
    }

    /** Plays a whole game, checking at every turn that every AI order passes validation; returns the game. */
    static Game playChecked(Scenario sc, long seed, AiRoster roster) {
        Game g = Game.start(sc, seed);
        List<String> seats = AiRoster.playableSeats(sc);
        while (!g.isOver()) {
            Map<String, Decision> d = roster.decisionsFor(g, seats);
            for (var e : d.entrySet()) {
                List<Order> orders = e.getValue().orderList();
                assertTrue(orders.size() == e.getValue().reasons().size());
                List<List<Rejection>> checks = g.validateAll(e.getKey(), orders);
                for (int i = 0; i < orders.size(); i++) {
                    int k = i;
                    assertTrue(checks.get(i).isEmpty(), () -> "seed " + seed + " turn " + g.currentTurn() + " " + e.getKey()
                            + " gave an invalid order " + orders.get(k) + ": " + checks.get(k));
                    assertTrue(!e.getValue().reasons().get(i).isEmpty());
                }
            }
            g.resolve(AiRoster.orders(d));
        }
        return g;
    }
}
