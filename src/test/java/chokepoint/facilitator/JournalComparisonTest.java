package chokepoint.facilitator;

import chokepoint.engine.Game;
import chokepoint.engine.state.TurnRecord;
import chokepoint.facilitator.Expectation.Direction;
import chokepoint.facilitator.Expectation.Figure;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class JournalComparisonTest {

    @Test
    void expectedStandsBesideActualFromTheTurnRecords() {
        Facilitator f = new Facilitator(Game.start(Fixtures.scenario2025(), 5));
        f.journal().write(new JournalEntry(1, "USA", "summits calm things", Expectation.tension(Direction.DOWN)));
        f.journal().write(new JournalEntry(2, "JPN", "our buying lifts the oxide price",
                Expectation.price("ndpr", "refining", Direction.UP)));
        f.journal().write(new JournalEntry(2, "CHN", "gallium licence gives us leverage over the US",
                Expectation.leverage("CHN", "USA", Direction.UP)));
        f.journal().write(new JournalEntry(3, "EU", "no figure, just a note", null));
        f.journal().write(new JournalEntry(4, "JPN", "not played yet", Expectation.gdp("JPN", Direction.SAME)));
        Fixtures.play(f, 3);
        List<TurnRecord> h = f.game().history();

        List<JournalComparison.Row> rows = JournalComparison.compare(f.journal(), f.game().scenario(), h);
        assertEquals(5, rows.size());
        JournalComparison.Row tension = rows.get(0);
        assertEquals(h.get(0).tension, tension.before());
        assertEquals(h.get(1).tension, tension.after());
        assertEquals(JournalComparison.direction(Figure.TENSION, h.get(0).tension, h.get(1).tension), tension.actual());
        assertEquals(tension.actual() == Direction.DOWN, tension.matched());

        JournalComparison.Row price = rows.stream().filter(r -> r.entry().seat().equals("JPN") && r.entry().turn() == 2)
                .findFirst().orElseThrow();
        int m = f.game().scenario().marketIndex("ndpr", "refining");
        assertEquals(h.get(1).price[m], price.before());
        assertEquals(h.get(2).price[m], price.after());

        JournalComparison.Row note = rows.stream().filter(r -> r.entry().seat().equals("EU")).findFirst().orElseThrow();
        assertNull(note.matched());
        JournalComparison.Row future = rows.stream().filter(r -> r.entry().turn() == 4).findFirst().orElseThrow();
        assertNotNull(future.before());
        assertNull(future.after());
        assertNull(future.matched());
    }

    @Test
    void directionHasADeadBand() {
        assertEquals(Direction.SAME, JournalComparison.direction(Figure.PRICE, 100, 100.5));
        assertEquals(Direction.UP, JournalComparison.direction(Figure.PRICE, 100, 102));
        assertEquals(Direction.DOWN, JournalComparison.direction(Figure.SHORTAGE, 0.10, 0.05));
        assertEquals(Direction.SAME, JournalComparison.direction(Figure.LEVERAGE, 10, 10.2));
    }

    @Test
    void oneEntryPerSeatAndTurn() {
        DecisionJournal j = new DecisionJournal();
        j.write(new JournalEntry(1, "JPN", "first", null));
        j.write(new JournalEntry(1, "JPN", "second thoughts", null));
        j.write(new JournalEntry(1, "USA", "other seat", null));
        assertEquals(2, j.entries().size());
        assertEquals("second thoughts", j.get(1, "JPN").orElseThrow().text());
        assertEquals(1, j.of("USA").size());
    }
}
