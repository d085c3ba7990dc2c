package chokepoint.reliability;

import chokepoint.ai.AiRoster;
import chokepoint.ai.AiStrength;
import chokepoint.ai.AiStyle;
import chokepoint.engine.Game;
import chokepoint.engine.scenario.Scenario;
import chokepoint.persistence.Replay;
import chokepoint.persistence.ResourceCheck;
import chokepoint.persistence.SaveFile;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Whole 24-turn games of the 2025 scenario played by the AI: they replay from scenario, seed and recorded orders to
 * the identical state hash at every turn, also after a save and load; a finished game with its full history stays
 * under 300 MB of heap and its save stays small.
 */
class FullGameTest {
    @Test
    void fullAiGamesReplayToTheSameHashes() throws Exception {
        Scenario sc = Fixtures.load("2025");
        for (AiStyle style : List.of(AiStyle.HAWKISH, AiStyle.COOPERATIVE)) {
            Game g = Game.start(sc, 2025 + style.ordinal());
            AiRoster.uniform(sc, style, AiStrength.BASELINE).playOut(g);
            assertEquals(sc.calendar().turns(), g.turnsPlayed());
            Replay.Result r = Replay.verify(g.state());
            assertTrue(r.ok(), style + ": " + r.message());
            assertEquals(g.turnsPlayed() + 1, r.turnsChecked());
            SaveFile.Loaded loaded = SaveFile.read("full.json", Fixtures.saveOf(g));
            assertEquals(g.hash(), loaded.game().hash());
            Replay.Result again = Replay.verify(loaded.state());
            assertTrue(again.ok(), again.message());
            // and a replay rebuilds the very same final state
            Game replayed = Game.start(loaded.state().scenario, loaded.state().seed);
            for (var orders : loaded.state().orderLog) replayed.resolve(orders);
            assertEquals(g.hash(), replayed.hash());
        }
    }

    @Test
    void aFinishedGameFitsInMemoryAndOnDisk() {
        ResourceCheck.Figures f = ResourceCheck.measure(Fixtures.load("2025"), 1);
        System.out.println("resource check: " + f);
        assertEquals(24, f.turns());
        assertTrue(f.heapWithGame() < 300L * 1024 * 1024, f.toString());
        assertTrue(f.saveBytes() < 5L * 1024 * 1024, f.toString());
    }
}
