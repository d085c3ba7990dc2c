package chokepoint.persistence;

import chokepoint.engine.Game;
import chokepoint.engine.TinyScenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

class SaveStoreTest {
    @TempDir
    Path dir;

    /** A clock that moves one second each time it is read. */
    static final class TickingClock extends Clock {
        Instant now = Instant.parse("2026-11-24T08:00:00Z");

        @Override public ZoneId getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(ZoneId zone) { return this; }
        @Override public Instant instant() { now = now.plusSeconds(1); return now; }
    }

    @Test
    void namedSaveLoadsBackWithTheSameHash() throws Exception {
        SaveStore store = new SaveStore(dir);
        Game g = TestGames.tiny(2);
        Path p = store.save("Class 3B: round 1", g.state(), List.of(Seat.human("JPN")));
        assertEquals("Class-3B-round-1.json", p.getFileName().toString());
        SaveFile.Loaded l = store.load("Class-3B-round-1.json");
        assertEquals(g.hash(), l.game().hash());
        assertEquals("Class 3B: round 1", l.meta().name());
    }

    @Test
    void failedWriteLeavesThePreviousSaveIntact() throws Exception {
        SaveStore store = new SaveStore(dir);
        Game g = TestGames.tiny(1);
        Path p = store.save("slot", g.state(), null);
        byte[] before = Files.readAllBytes(p);
        IOException e = assertThrows(IOException.class, () -> store.writeAtomically(p, out -> {
            out.write(before, 0, before.length / 2);
            throw new IOException("disk full");
        }));
        assertEquals("disk full", e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(p));
        assertEquals(g.hash(), store.load("slot.json").game().hash());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("slot.json"), files.map(f -> f.getFileName().toString()).toList(), "no temporary file left");
        }
        // a runtime failure half-way (e.g. a bug while serialising) is handled the same way
        assertThrows(IllegalStateException.class, () -> store.writeAtomically(p, out -> {
            out.write(new byte[10]);
            throw new IllegalStateException("boom");
        }));
        assertArrayEquals(before, Files.readAllBytes(p));
    }

    @Test
    void rollingAutosaveKeepsTheLastN() throws Exception {
        SaveStore store = new SaveStore(dir, 5, new TickingClock());
        Game g = Game.start(TinyScenario.build(), 3);
        store.save("keep me", g.state(), null);
        while (!g.isOver()) {
            g.resolve(Map.of());
            store.autosave(g.state(), List.of(Seat.human("CHN"), Seat.ai("JPN")));
        }
        List<SaveInfo> list = store.list();
        List<SaveInfo> autos = list.stream().filter(SaveInfo::autosave).toList();
        assertEquals(5, autos.size(), list.toString());
        assertEquals(List.of(8, 7, 6, 5, 4), autos.stream().map(i -> i.meta().turn()).toList());
        assertTrue(list.stream().anyMatch(i -> "keep me".equals(i.meta().name())), "named saves are never pruned");
        SaveInfo latest = store.latestAutosave().orElseThrow();
        assertEquals(8, latest.meta().turn());
        assertTrue(latest.fileName().matches("autosave-tiny-t8-\\d{8}-\\d{9}\\.json"), latest.fileName());
        assertEquals("Autosave — Tiny, Q4 2026 (turn 8) — 2026-11-24 08:00 UTC — humans: CHN; AI: JPN", latest.displayName());
        assertEquals(g.hash(), store.load(latest.fileName()).game().hash());
        assertTrue(store.delete(latest.fileName()));
        assertEquals(7, store.latestAutosave().orElseThrow().meta().turn());
    }

    @Test
    void listShowsDamagedFilesWithTheirProblemAndReadsOnlyTheMeta() throws Exception {
        SaveStore store = new SaveStore(dir);
        Game g = TestGames.tiny(2);
        Path p = store.save("good", g.state(), null);
        Files.writeString(dir.resolve("broken.json"), "{\"format\":");
        byte[] bytes = Files.readAllBytes(p);
        // the game part cut off: the list still shows its meta, loading it fails cleanly
        Files.write(dir.resolve("cut.json"), java.util.Arrays.copyOf(bytes, new String(bytes).indexOf("\"game\"") + 20));
        List<SaveInfo> list = store.list();
        assertEquals(3, list.size());
        SaveInfo broken = list.stream().filter(i -> i.fileName().equals("broken.json")).findFirst().orElseThrow();
        assertFalse(broken.readable());
        assertTrue(broken.problem().startsWith("broken.json: "), broken.problem());
        SaveInfo cut = list.stream().filter(i -> i.fileName().equals("cut.json")).findFirst().orElseThrow();
        assertTrue(cut.readable());
        assertEquals(2, cut.meta().turn());
        SaveException e = assertThrows(SaveException.class, () -> store.load("cut.json"));
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
        assertThrows(SaveException.class, () -> store.load("../outside.json"));
        // meta after game (hand-edited): still listed and loadable
        var tree = com.google.gson.JsonParser.parseString(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)).getAsJsonObject();
        var reordered = new com.google.gson.JsonObject();
        for (String k : List.of("format", "saveVersion", "createdWith", "savedAt", "game", "meta")) reordered.add(k, tree.get(k));
        Files.writeString(dir.resolve("reordered.json"), new com.google.gson.GsonBuilder().serializeNulls().create().toJson(reordered));
        SaveInfo re = store.list().stream().filter(i -> i.fileName().equals("reordered.json")).findFirst().orElseThrow();
        assertTrue(re.readable(), re.problem());
        assertEquals(g.hash(), store.load("reordered.json").game().hash());
    }

    @Test
    void compressedStoreIsSmallerAndReadsBack() throws Exception {
        SaveStore plain = new SaveStore(dir.resolve("plain"));
        SaveStore gz = new SaveStore(dir.resolve("gz"), 2, new TickingClock(), true);
        Game g = TestGames.tiny(8);
        Path a = plain.save("x", g.state(), null);
        Path b = gz.save("x", g.state(), null);
        assertEquals("x.json.gz", b.getFileName().toString());
        System.out.println("finished tiny save: " + Files.size(a) + " bytes plain, " + Files.size(b) + " bytes gzip");
        assertTrue(Files.size(b) * 3 < Files.size(a));
        assertEquals(g.hash(), gz.load("x.json.gz").game().hash());
        for (int i = 0; i < 3; i++) gz.autosave(g.state(), null);
        List<SaveInfo> list = gz.list();
        assertEquals(3, list.size(), list.toString());
        assertTrue(list.stream().allMatch(SaveInfo::readable));
        assertEquals(8, gz.latestAutosave().orElseThrow().meta().turn());
    }

    @Test
    void namesAreSanitised() {
        assertEquals("Class-3B-日本", SaveStore.sanitize("Class 3B 日本"));
        assertEquals("etcpasswd", SaveStore.sanitize("../../etc/passwd"));
        assertEquals("save", SaveStore.sanitize("  ..  "));
        assertEquals("save", SaveStore.sanitize(null));
        assertEquals("CON-save", SaveStore.sanitize("CON"));
        assertEquals("save-autosave-x", SaveStore.sanitize("autosave-x"));
        assertTrue(SaveStore.sanitize("x".repeat(500)).length() <= 60);
    }
}
