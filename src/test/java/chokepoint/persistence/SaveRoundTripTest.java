package chokepoint.persistence;

import chokepoint.engine.Game;
import chokepoint.engine.TinyScenario;
import chokepoint.engine.resolve.StateHash;
import chokepoint.engine.state.TurnRecord;
import chokepoint.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class SaveRoundTripTest {
    static final Instant T = Instant.parse("2026-11-24T08:30:00Z");

    static SaveFile.Loaded roundTrip(Game g) throws SaveException {
        byte[] bytes = SaveFile.toBytes(g.state(), SaveMeta.of(g.state(), "test", List.of(Seat.human("JPN"), Seat.ai("CHN"))), T);
        return SaveFile.read("test.json", bytes);
    }

    @Test
    void hashAndFutureAreEqualAfterLoad() throws Exception {
        for (int played = 0; played <= 5; played++) {
            Game original = TestGames.tiny(played);
            SaveFile.Loaded loaded = roundTrip(original);
            Game copy = loaded.game();
            assertEquals(original.hash(), copy.hash(), "hash after " + played + " turns");
            assertEquals(StateHash.of(original.state()), StateHash.of(loaded.state()));
            assertEquals(original.history().size(), copy.history().size());
            assertEquals(original.state().orderLog.size(), copy.state().orderLog.size());
            for (int t = played + 1; !original.isOver(); t++) {
                TurnRecord a = original.resolve(TestGames.ordersFor(t));
                TurnRecord b = copy.resolve(TestGames.ordersFor(t));
                assertEquals(a.stateHash, b.stateHash, "turn " + t + " after loading at " + played);
            }
            assertEquals(original.hash(), copy.hash());
        }
    }

    @Test
    void metaAndHistoryRoundTrip() throws Exception {
        Game g = TestGames.tiny(3);
        SaveFile.Loaded l = roundTrip(g);
        assertEquals("tiny", l.meta().scenarioId());
        assertEquals(3, l.meta().turn());
        assertEquals("Q3 2025", l.meta().label());
        assertEquals(List.of(Seat.human("JPN"), Seat.ai("CHN")), l.meta().seats());
        assertEquals(T, l.savedAt());
        TurnRecord a = g.history().get(2);
        TurnRecord b = l.game().history().get(2);
        assertEquals(a.stateHash, b.stateHash);
        assertArrayEquals(a.price, b.price);
        assertEquals(a.flows, b.flows);
        assertEquals(a.news, b.news);
        assertEquals(a.leverageTerms, b.leverageTerms);
        assertEquals(a.objectives, b.objectives);
        assertEquals(g.state().orderLog, l.state().orderLog);
        // saving the loaded game again gives the same bytes
        assertArrayEquals(SaveFile.toBytes(g.state(), l.meta(), T), SaveFile.toBytes(l.state(), l.meta(), T));
    }

    @Test
    void bundledScenarioRoundTrips() throws Exception {
        Game g = Game.start(ScenarioLoader.loadBundled("2025"), 3);
        for (int i = 0; i < 3; i++) g.resolve(Map.of());
        Game copy = roundTrip(g).game();
        assertEquals(g.hash(), copy.hash());
        for (int i = 0; i < 3; i++) assertEquals(g.resolve(Map.of()).stateHash, copy.resolve(Map.of()).stateHash);
    }

    @Test
    void everyGameStateFieldIsSaved() {
        Game g = TestGames.tiny(1);
        String json = new String(SaveFile.toBytes(g.state(), SaveMeta.of(g.state(), null, null), T));
        for (var f : chokepoint.engine.state.GameState.class.getDeclaredFields()) {
            if (java.lang.reflect.Modifier.isStatic(f.getModifiers())) continue;
            assertTrue(json.contains("\"" + f.getName() + "\":"), f.getName());
        }
    }

    /** The tiny test scenario stretched to 24 quarterly turns. */
    static chokepoint.engine.scenario.Scenario tiny24() {
        var s = TinyScenario.build();
        return new chokepoint.engine.scenario.Scenario(s.id(), s.name(), s.description(),
                new chokepoint.engine.scenario.Calendar(2025, 1, 4, 24), s.defaultSeed(), s.parameters(), s.stages(),
                s.sectors(), s.commodities(), s.actors(), s.relations(), s.alliances(), s.tradeTies(), s.initialTension(),
                s.initialPolicies(), s.projects(), s.events());
    }

    @Test
    void finishedGameSizeIsSmall() throws Exception {
        Game g = Game.start(tiny24(), 5);
        while (!g.isOver()) g.resolve(Map.of());
        byte[] bytes = SaveFile.toBytes(g.state(), SaveMeta.of(g.state(), null, null), T);
        var gz = new java.io.ByteArrayOutputStream();
        try (var z = new java.util.zip.GZIPOutputStream(gz)) { z.write(bytes); }
        System.out.println("finished tiny save (" + g.turnsPlayed() + " turns): " + bytes.length + " bytes, gzip " + gz.size());
        assertEquals(24, g.turnsPlayed());
        assertTrue(bytes.length < 500_000);
        assertEquals(g.hash(), SaveFile.read("x.json.gz", gz.toByteArray()).game().hash());
        assertEquals(g.hash(), SaveFile.read("x.json", bytes).game().hash());
    }
}
