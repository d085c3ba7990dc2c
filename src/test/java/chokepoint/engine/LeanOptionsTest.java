package chokepoint.engine;

import chokepoint.engine.order.Order;
import chokepoint.engine.state.TurnRecord;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/** Games without per-turn hashes ({@link Game.Options#LEAN}) are the same games as in the default mode. */
class LeanOptionsTest {
    @Test
    void leanGamesHaveTheSameStatesAndFiguresWithoutPerTurnHashes() {
        for (long seed = 1; seed <= 4; seed++) {
            Game full = DeterminismTest.licensedGame(seed);
            Game lean = Game.start(full.scenario(), seed, Game.Options.LEAN);
            assertSame(Game.Options.DEFAULT, full.options());
            assertEquals(full.hash(), lean.hash());
            assertNull(lean.history().get(0).stateHash);
            int t = 0;
            while (!full.isOver()) {
                Map<String, List<Order>> orders = t % 3 == 1
                        ? Map.of("USA", List.of(new Order.CyberOperation("USA", "CHN", "ndpr", "refining")),
                          "JPN", List.of(new Order.BuyStockpile("JPN", "ndpr", "refining", 20 + t)))
                        : Map.of();
                TurnRecord a = full.resolve(orders);
                TurnRecord b = lean.resolve(orders);
                assertNotNull(a.stateHash);
                assertNull(b.stateHash);
                assertEquals(a.stateHash, lean.hash(), "seed " + seed + ", turn " + a.turn);
                assertArrayEquals(a.price, b.price);
                assertArrayEquals(a.score, b.score);
                assertArrayEquals(a.gdpIndex, b.gdpIndex);
                assertArrayEquals(a.budget, b.budget);
                assertEquals(a.events, b.events);
                assertEquals(a.news, b.news);
                t++;
            }
            assertEquals(full.hash(), lean.hash());
            assertSame(Game.Options.LEAN, lean.copy().options());
        }
    }
}
