package chokepoint.games;

import chokepoint.engine.Game;
import chokepoint.engine.scenario.Scenario;
import chokepoint.engine.state.TurnRecord;
import chokepoint.scenario.ScenarioLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every bundled scenario plays to its last turn, twice to the same hashes, with prices and GDP finite. */
class BundledScenarioGamesTest {

    @ParameterizedTest
    @ValueSource(strings = {"2025", "classroom"})
    void wholeGamePlaysAndRepeats(String id) throws Exception {
        Scenario sc = ScenarioLoader.loadBundled(id);
        Game a = Game.start(sc, 1);
        Game b = Game.start(sc, 1);
        while (!a.isOver()) {
            TurnRecord ra = a.resolve(Map.of());
            TurnRecord rb = b.resolve(Map.of());
            assertEquals(ra.stateHash, rb.stateHash, "same hash in turn " + ra.turn);
            for (int m = 0; m < sc.marketCount(); m++) assertTrue(Double.isFinite(ra.price[m]) && ra.price[m] > 0);
            for (double gdp : ra.gdpIndex) assertTrue(gdp > 0 && gdp < 1000);
        }
        assertEquals(sc.calendar().turns(), a.turnsPlayed());
    }
}
