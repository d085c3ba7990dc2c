package chokepoint.persistence;

import chokepoint.engine.Game;
import chokepoint.engine.TinyScenario;
import chokepoint.engine.state.DrawRule;
import chokepoint.engine.state.GameState;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Saves carry their draw rule; a save from before keyed draws replays and plays on with its sequential generator. */
class DrawRuleSaveTest {
    static byte[] save(Game g) {
        return SaveFile.toBytes(g.state(), SaveMeta.of(g.state(), "x", null), Instant.parse("2026-11-24T08:30:00Z"));
    }

    @Test
    void newGamesSaveAndReloadKeyed() throws SaveException {
        Game g = TestGames.tiny(3);
        GameState back = SaveFile.read("k.json", save(g)).state();
        assertEquals(DrawRule.KEYED, back.drawRule);
        assertTrue(Replay.verify(back).ok());
    }

    @Test
    void aVersion4SaveKeepsTheSequentialGenerator() throws SaveException {
        // what a version-4 build wrote: a game played with the one sequential generator, no drawRule field
        Game old = Game.start(TinyScenario.build(), 42, Game.Options.DEFAULT, DrawRule.SEQUENTIAL);
        for (int t = 1; t <= 3; t++) old.resolve(TestGames.ordersFor(t));
        JsonObject root = JsonParser.parseString(new String(save(old), StandardCharsets.UTF_8)).getAsJsonObject();
        root.addProperty("saveVersion", 4);
        root.getAsJsonObject("game").remove("drawRule");
        byte[] v4 = new GsonBuilder().serializeNulls().create().toJson(root).getBytes(StandardCharsets.UTF_8);

        SaveFile.Loaded loaded = SaveFile.read("old.json", v4);
        assertEquals(4, loaded.saveVersion());
        GameState s = loaded.state();
        assertEquals(DrawRule.SEQUENTIAL, s.drawRule);
        Replay.Result r = Replay.verify(s);
        assertTrue(r.ok(), r.message());
        // playing on gives what the original game gives
        Game again = Game.fromState(s);
        for (int t = 4; t <= 6; t++) assertEquals(old.resolve(TestGames.ordersFor(t)).stateHash, again.resolve(TestGames.ordersFor(t)).stateHash);
    }

    @Test
    void aSaveWrittenByTheVersion4BuildReplaysExactly() throws Exception {
        // saves/v4-2025-seed1-turn6.json.gz: `play --scenario 2025 --seed 1 --turns 6 --save` of the build before keyed
        // draws (6bfb81e), its baseline AI included: every recorded turn must replay to its recorded hash
        java.nio.file.Path file = java.nio.file.Path.of("src/test/resources/saves/v4-2025-seed1-turn6.json.gz");
        SaveFile.Loaded l = SaveFile.read(file);
        assertEquals(4, l.saveVersion());
        GameState s = l.state();
        assertEquals(DrawRule.SEQUENTIAL, s.drawRule);
        assertEquals("1b7ebbcaeacf9814f33240bd1501bb4d35889abb65ca9abb666e8dad22b4b5df", chokepoint.engine.Game.fromState(s).hash());
        Replay.Result r = Replay.verify(s);
        assertTrue(r.ok(), r.message());
        assertEquals(7, r.turnsChecked());
    }
}
