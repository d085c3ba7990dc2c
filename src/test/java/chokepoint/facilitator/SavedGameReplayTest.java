package chokepoint.facilitator;

import chokepoint.engine.Game;
import chokepoint.engine.scenario.ParameterKey;
import chokepoint.persistence.SaveFile;
import chokepoint.persistence.SaveStore;
import chokepoint.persistence.Seat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** A game with injects and edits, saved and loaded by the persistence code, can still be rolled back and forked. */
class SavedGameReplayTest {
    @Test
    void rollbackAndForkWorkAfterSaveAndLoad(@TempDir Path dir) throws Exception {
        Facilitator f = new Facilitator(Game.start(Fixtures.scenario2025(), 21));
        Fixtures.play(f, 2);
        f.injectNow(Fixtures.heliumOutage());
        f.setParameter(ParameterKey.PERMIT_RISK, 0.4, "slow permits");
        String preTurn = f.game().hash();
        Fixtures.play(f, 1);

        SaveStore store = new SaveStore(dir);
        Path file = store.save("exercise", f.game().state(), List.of(Seat.human("JPN"), Seat.ai("CHN")));
        SaveFile.Loaded loaded = store.load(file.getFileName().toString());
        Facilitator g = new Facilitator(Game.fromState(loaded.state()), f.data());
        assertEquals(f.game().hash(), g.game().hash());

        Game replayed = Replay.upTo(Replay.planOf(g.game().state()), g.game().turnsPlayed());
        assertEquals(g.game().hash(), replayed.hash());
        g.rollbackLastTurn();
        assertEquals(preTurn, g.game().hash());
        assertEquals(f.forkAt(1).hash(), g.forkAt(1).hash());
    }
}
