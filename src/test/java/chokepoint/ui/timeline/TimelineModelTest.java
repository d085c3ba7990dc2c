package chokepoint.ui.timeline;

import chokepoint.engine.Game;
import chokepoint.engine.scenario.Scenario;
import chokepoint.ui.testing.TinyGames;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimelineModelTest {
    private final Scenario sc = TinyGames.mapped();

    @Test
    void oneCellAndOneValuePerRecord() {
        Game g = TinyGames.withBan(sc, 2);
        TimelineModel m = new TimelineModel(sc, () -> g.view("JPN").history(), "JPN");
        int records = g.turnsPlayed() + 1;
        assertEquals(records, m.cells().size());
        assertEquals(records, m.turns().length);
        for (TimelineModel.Series s : m.leverageSeries()) assertEquals(records, s.values().length);
        for (TimelineModel.Series s : m.priceSeries("refining")) assertEquals(records, s.values().length);
        int refining = sc.marketIndex("ndpr", "refining");
        for (TimelineModel.Series s : m.dependenceSeries(refining)) assertEquals(records, s.values().length);
        assertEquals(sc.actorCount() - 1, m.leverageSeries().size(), "seat's leverage over each other actor");
        assertEquals(sc.actorIndex("JPN"), m.dependenceSeries(refining).get(0).subject(), "seat first");
    }

    @Test
    void priceIndexStartsAtOne() {
        Game g = TinyGames.withBan(sc, 1);
        TimelineModel m = new TimelineModel(sc, g::history, null);
        List<TimelineModel.Series> p = m.priceSeries("refining");
        assertEquals(1, p.size());
        assertEquals(1.0, p.get(0).values()[0], 1e-12);
        assertEquals(g.history().get(3).price[p.get(0).subject()] / g.history().get(0).price[p.get(0).subject()],
                p.get(0).values()[3], 1e-12);
        assertEquals(List.of("mining", "refining", "component"), m.priceStages());
    }

    @Test
    void theBanIsATurningPoint() {
        Game g = TinyGames.withBan(sc, 1);
        TimelineModel m = new TimelineModel(sc, g::history, null);
        TimelineModel.TurnCell banTurn = m.cells().get(2);
        assertEquals(2, banTurn.turn());
        assertTrue(banTurn.headlines().stream().anyMatch(n -> n.key().equals("news.control.imposed")));
        assertTrue(banTurn.turningPoint());
        assertFalse(m.cells().get(1).turningPoint());
    }

    @Test
    void publicLeverageSeriesIsNetPerActor() {
        Game g = TinyGames.withBan(sc, 0);
        TimelineModel m = new TimelineModel(sc, g::history, null);
        assertEquals(sc.actorCount(), m.leverageSeries().size());
        double sum = 0;
        for (TimelineModel.Series s : m.leverageSeries()) sum += s.values()[2];
        assertEquals(0, sum, 1e-9);
    }
}
