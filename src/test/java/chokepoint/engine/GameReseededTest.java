package chokepoint.engine;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** {@link Game#reseeded}: an independent copy whose future draws come from the new seed, the same for the same seed. */
class GameReseededTest {
    @Test
    void sameSeedSameFutureOtherSeedOtherFutureOriginalUntouched() {
        Game g = DeterminismTest.licensedGame(42);
        g.resolve(Map.of());
        String before = g.hash();
        Game a = g.reseeded(7);
        Game b = g.reseeded(7);
        Game c = g.reseeded(8);
        assertEquals(a.hash(), b.hash());
        assertNotEquals(before, a.hash(), "the generator state is part of the state");
        assertEquals(g.seed(), a.seed(), "the game's own seed stays (replays, estimates)");
        assertEquals(g.history().size(), a.history().size());
        assertEquals(DeterminismTest.play(a), DeterminismTest.play(b));
        assertNotEquals(DeterminismTest.play(g.reseeded(7)), DeterminismTest.play(c), "licence approvals differ by seed");
        assertEquals(before, g.hash(), "playing the copies does not touch the original");
    }
}
