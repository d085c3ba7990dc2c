package chokepoint.ai;

import chokepoint.engine.Game;
import chokepoint.engine.order.Order;
import chokepoint.engine.scenario.Scenario;
import chokepoint.engine.state.TurnRecord;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** An AI builds no token plants: every investment is at least 1 % of the investor's own annual use of its market. */
class PlantSizeTest {
    @Test
    void everyPlantIsARealProject() {
        Scenario sc = AiTestSupport.bundled2025();
        List<String> seats = AiRoster.playableSeats(sc);
        int perYear = sc.calendar().periodsPerYear();
        int plants = 0;
        for (AiRoster roster : List.of(AiRoster.defaults(sc), AiRoster.uniform(sc, AiStyle.HAWKISH, AiStrength.BASELINE))) {
            for (long seed = 1; seed <= 2; seed++) {
                Game g = Game.start(sc, seed);
                while (!g.isOver()) {
                    TurnRecord last = g.history().get(g.history().size() - 1);
                    Map<String, List<Order>> orders = roster.ordersFor(g, seats);
                    for (Map.Entry<String, List<Order>> e : orders.entrySet()) {
                        int a = sc.actorIndex(e.getKey());
                        for (Order o : e.getValue()) {
                            if (!(o instanceof Order.Invest x)) continue;
                            plants++;
                            int m = sc.marketIndex(x.commodity(), x.stage());
                            double use = (last.demand[a][m] + Math.max(0, last.use[a][m] - last.demand[a][m])) * perYear;
                            assertTrue(x.annualCapacity() >= BaselineAi.MIN_PLANT_SHARE * use * 0.999,
                                    "turn " + g.currentTurn() + ": " + x + " against own use " + use + "/yr");
                        }
                    }
                    g.resolve(orders);
                }
            }
        }
        assertTrue(plants > 0, "the games have investments");
    }
}
