package chokepoint.engine;

import chokepoint.engine.state.TurnRecord;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A seat's public view of the last record carries no hidden figure and no news, and the public ones unchanged. */
class PublicFiguresTest {
    @Test
    void publicRecordLeavesOutStockpilesBudgetsAndNews() {
        Game g = DeterminismTest.licensedGame(3);
        g.resolve(Map.of());
        TurnRecord full = g.history().get(g.history().size() - 1);
        TurnRecord pub = g.view("JPN").lastPublicRecord();
        assertNull(pub.stock);
        assertNull(pub.budget);
        assertTrue(pub.news.isEmpty());
        assertNull(pub.stateHash);
        assertArrayEquals(full.price, pub.price);
        assertSame(full.flows, pub.flows);
        assertSame(full.leverageTerms, pub.leverageTerms);
    }
}
