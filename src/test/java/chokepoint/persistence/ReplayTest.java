package chokepoint.persistence;

import chokepoint.engine.Game;
import chokepoint.engine.scenario.EffectDef;
import chokepoint.engine.scenario.EventDef;
import chokepoint.engine.scenario.Text;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class ReplayTest {
    @Test
    void aPlayedGameReplaysExactly() throws Exception {
        Game g = TestGames.tiny(8);
        Replay.Result r = Replay.verify(g.state());
        assertTrue(r.ok(), r.message());
        assertEquals(9, r.turnsChecked());
        assertEquals(-1, r.firstMismatch());
        // and after a save round trip
        Game loaded = SaveRoundTripTest.roundTrip(g).game();
        assertTrue(Replay.verify(loaded.state()).ok());
    }

    @Test
    void reportsTheFirstMismatchingTurn() {
        Game g = TestGames.tiny(5);
        g.state().history.get(3).stateHash = "0".repeat(64);
        Replay.Result r = Replay.verify(g.state());
        assertFalse(r.ok());
        assertEquals(3, r.firstMismatch());
        assertTrue(r.message().startsWith("turn 3 differs"), r.message());
    }

    @Test
    void injectsAreNamedWhenTheReplayDiffers() {
        Game g = TestGames.tiny(2);
        g.inject(new EventDef("quake", new Text("Quake", "地震"), new Text("", ""), 0, 0, 0, false,
                List.of(EffectDef.tension(20)), "test"));
        g.resolve(Map.of());
        Replay.Result r = Replay.verify(g.state());
        assertFalse(r.ok());
        assertTrue(r.message().contains("inject quake"), r.message());
    }
}
