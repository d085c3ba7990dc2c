package chokepoint.engine;

import chokepoint.engine.order.Order;
import chokepoint.engine.order.OrderChecker;
import chokepoint.engine.order.Rejection;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@link OrderChecker#tryAdd} answers as {@code validateAll} of the accepted orders plus the new one would. */
class OrderCheckerTest {
    @Test
    void tryAddMatchesRevalidatingTheWholeSet() {
        Random r = new Random(11);
        for (long seed = 1; seed <= 6; seed++) {
            Game g = DeterminismTest.licensedGame(seed);
            while (!g.isOver()) {
                for (String actor : List.of("USA", "JPN", "CHN")) {
                    OrderChecker checker = g.checker(actor);
                    List<Order> accepted = new ArrayList<>();
                    for (int i = 0; i < 40; i++) {
                        // repeats of earlier orders exercise the duplicate rule, big quantities the budget
                        Order o = i > 5 && r.nextInt(4) == 0 ? accepted.isEmpty() ? RandomOrders.any(r, g, actor)
                                : accepted.get(r.nextInt(accepted.size())) : RandomOrders.any(r, g, actor);
                        List<Order> with = new ArrayList<>(accepted);
                        with.add(o);
                        List<List<Rejection>> all = g.validateAll(actor, with);
                        List<Rejection> got = checker.tryAdd(o);
                        assertEquals(all.get(all.size() - 1), got, "seed " + seed + ", turn " + g.currentTurn() + ": " + o);
                        if (got.isEmpty()) accepted.add(o);
                    }
                }
                g.resolve(Map.of("USA", RandomOrders.legalSet(r, g, "USA", 6)));
            }
        }
    }
}
