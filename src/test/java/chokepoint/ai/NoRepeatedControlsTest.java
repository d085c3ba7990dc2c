package chokepoint.ai;

import chokepoint.engine.Game;
import chokepoint.engine.order.Order;
import chokepoint.engine.scenario.Scenario;
import chokepoint.engine.state.ControlMode;
import chokepoint.engine.state.ExportControl;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An AI never asks for an export control that its controls in force already impose (the same mode or a ban on every
 * target): all of its controls in a market count, not only the first (2025 has standing quotas under which China
 * once renewed the same magnet licence every quarter, a headline and more tension each time).
 */
class NoRepeatedControlsTest {
    @Test
    void noSeatReimposesAControlInForce() {
        Scenario sc = AiTestSupport.bundled2025();
        List<String> seats = AiRoster.playableSeats(sc);
        int controls = 0;
        for (AiRoster roster : List.of(AiRoster.defaults(sc), AiRoster.uniform(sc, AiStyle.HAWKISH, AiStrength.BASELINE))) {
            for (long seed = 1; seed <= 2; seed++) {
                Game g = Game.start(sc, seed);
                while (!g.isOver()) {
                    Map<String, List<Order>> orders = roster.ordersFor(g, seats);
                    for (Map.Entry<String, List<Order>> e : orders.entrySet()) {
                        for (Order o : e.getValue()) {
                            if (!(o instanceof Order.ImposeExportControl x)) continue;
                            controls++;
                            int m = sc.marketIndex(x.commodity(), x.stage());
                            assertTrue(!coveredByControlsInForce(g, e.getKey(), m, x), "turn " + g.currentTurn() + ", seed " + seed
                                    + ": " + e.getKey() + " asks again for " + x + " already in force: " + g.state().controls);
                        }
                    }
                    g.resolve(orders);
                }
            }
        }
        assertTrue(controls > 0, "the games have export controls");
    }

    private static boolean coveredByControlsInForce(Game g, String actor, int m, Order.ImposeExportControl x) {
        if (x.target().kind() != chokepoint.engine.state.Target.Kind.ACTORS) return false;
        for (String t : x.target().actors()) {
            boolean covered = false;
            for (ExportControl c : g.state().controls) {
                if (c.controller().equals(actor) && c.market() == m && (c.mode() == x.mode() || c.mode() == ControlMode.BAN)
                        && c.target().reaches(g.state(), t)) covered = true;
            }
            if (!covered) return false;
        }
        return true;
    }
}
