package chokepoint.ai;

import chokepoint.engine.Game;
import chokepoint.engine.order.Order;
import chokepoint.engine.scenario.ActorDef;
import chokepoint.engine.scenario.Scenario;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@link BaselineAi#orders} (no reasons written) chooses exactly the orders of {@link BaselineAi#decide}. */
class BaselineOrdersTest {
    @Test
    void ordersWithoutReasonsAreTheDecisionsOrders() {
        Scenario sc = AiTestSupport.bundled2025();
        for (long seed = 1; seed <= 2; seed++) {
            for (AiStyle style : AiStyle.values()) {
                BaselineAi ai = new BaselineAi(style);
                Game g = Game.start(sc, seed);
                while (!g.isOver()) {
                    Map<String, List<Order>> orders = new LinkedHashMap<>();
                    for (ActorDef a : sc.actors()) {
                        if (!a.playable()) continue;
                        List<Order> fast = ai.orders(g, a.id());
                        assertEquals(ai.decide(g, a.id()).orderList(), fast, style + " " + a.id() + " turn " + g.currentTurn());
                        orders.put(a.id(), fast);
                    }
                    g.resolve(orders);
                }
            }
        }
    }
}
