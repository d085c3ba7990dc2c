package chokepoint.persistence;

import chokepoint.ai.Reason;
import chokepoint.engine.Game;
import chokepoint.facilitator.Expectation;
import chokepoint.facilitator.Facilitator;
import chokepoint.facilitator.FacilitatorData;
import chokepoint.facilitator.JournalEntry;
import chokepoint.facilitator.io.InjectJson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** The facilitator's data travels with the save: readable without a password, sealed with one, seat notes by PIN. */
class FacilitatorSaveTest {
    static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");
    static final List<Seat> SEATS = List.of(Seat.human("JPN"), Seat.human("USA"), Seat.ai("CHN"), Seat.ai("AUS"));
    static final String JPN_NOTE = "Japan expects the magnet price to climb";
    static final String USA_NOTE = "the club should calm prices";
    static final String REASON = "hold the quota while Japan stockpiles";

    /** A facilitator on a 2-turn tiny game with a scheduled inject, two journal notes and an AI reason. */
    static Facilitator facilitator(String password) throws Exception {
        Facilitator f = new Facilitator(TestGames.tiny(2));
        if (password != null) f.setPassword(password.toCharArray());
        f.schedule().add(3, InjectJson.bundledLibrary().get(0));
        f.journal().write(new JournalEntry(2, "JPN", JPN_NOTE, Expectation.price("ndpr", "refining", Expectation.Direction.UP)));
        f.journal().write(new JournalEntry(2, "USA", USA_NOTE, null));
        f.recordReasons("CHN", List.of(Reason.plain(REASON)));
        f.pause();
        return f;
    }

    static String injectText() throws Exception {
        return InjectJson.bundledLibrary().get(0).text().en();
    }

    static byte[] save(Facilitator f, SeatSecrets secrets) {
        Game g = f.game();
        return SaveFile.toBytes(g.state(), SaveMeta.of(g.state(), "exercise", SEATS), NOW, secrets, Map.of(), f.data());
    }

    @Test
    void withoutAPasswordTheDataIsReadableAndComesBackWhole() throws Exception {
        Facilitator f = facilitator(null);
        byte[] bytes = save(f, null);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.contains(JPN_NOTE) && text.contains(REASON), "readable without a password");
        SaveFile.Loaded l = SaveFile.read("exercise.json", bytes);
        assertFalse(l.isLocked());
        assertEquals(f.data(), l.facilitator());
        assertEquals(f.game().hash(), l.game().hash());
    }

    @Test
    void withAPasswordScheduleJournalAndReasonsAreSealedAndOpenOnlyWithIt() throws Exception {
        Facilitator f = facilitator("white-cell");
        SeatSecrets secrets = SeatSecrets.withIterations(1000).facilitatorPassword("white-cell".toCharArray());
        byte[] bytes = save(f, secrets);
        String text = new String(bytes, StandardCharsets.UTF_8);
        for (String secret : List.of(JPN_NOTE, USA_NOTE, REASON, injectText(), "white-cell")) {
            assertFalse(text.contains(secret), "not in the file: " + secret);
        }
        JsonObject section = JsonParser.parseString(text).getAsJsonObject().getAsJsonObject("facilitator");
        assertTrue(section.has("password") && section.has("sealed"), section.keySet().toString());

        SaveFile.Loaded l = SaveFile.read("exercise.json", bytes);
        assertTrue(l.facilitatorLocked());
        assertTrue(l.facilitatorProtected());
        assertThrows(IllegalStateException.class, l::state, "no game before the facilitator password");
        SaveException cli = assertThrows(SaveException.class, l::requireUnlocked);
        assertEquals("exercise.json: $.facilitator: the facilitator's data (inject schedule, decision journal, AI reasons) "
                + "is sealed with the facilitator password: open the game in Chokepoint and give it", cli.getMessage());

        SaveException wrong = assertThrows(SaveException.class, () -> l.unlockFacilitator("black-cell".toCharArray()));
        assertEquals("exercise.json: $.facilitator: wrong facilitator password", wrong.getMessage());
        assertTrue(l.facilitatorLocked(), "a wrong password changes nothing");

        l.unlockFacilitator("white-cell".toCharArray());
        assertEquals(f.data(), l.facilitator());
        assertTrue(new Facilitator(l.game(), l.facilitator()).unlock("white-cell".toCharArray()));

        // the key stays with the loaded game: saving it again needs no password and stays sealed
        byte[] again = SaveFile.toBytes(l.state(), l.meta(), NOW, l.secrets(), Map.of(), l.facilitator());
        assertFalse(new String(again, StandardCharsets.UTF_8).contains(JPN_NOTE));
        SaveFile.Loaded l2 = SaveFile.read("again.json", again);
        l2.unlockFacilitator("white-cell".toCharArray());
        assertEquals(f.data(), l2.facilitator());
    }

    @Test
    void aChangedByteInTheSealedBlobFailsLikeAWrongPassword() throws Exception {
        Facilitator f = facilitator("white-cell");
        byte[] bytes = save(f, SeatSecrets.withIterations(1000).facilitatorPassword("white-cell".toCharArray()));
        JsonObject root = JsonParser.parseString(new String(bytes, StandardCharsets.UTF_8)).getAsJsonObject();
        JsonObject blob = root.getAsJsonObject("facilitator").getAsJsonObject("sealed");
        byte[] data = Base64.getDecoder().decode(blob.get("data").getAsString());
        data[data.length / 2] ^= 1;
        blob.addProperty("data", Base64.getEncoder().encodeToString(data));
        SaveFile.Loaded l = SaveFile.read("tampered.json", root.toString().getBytes(StandardCharsets.UTF_8));
        SaveException e = assertThrows(SaveException.class, () -> l.unlockFacilitator("white-cell".toCharArray()));
        assertEquals("tampered.json: $.facilitator: wrong facilitator password", e.getMessage());
    }

    @Test
    void aSeatWithAPinKeepsItsJournalInItsOwnSealedData() throws Exception {
        Facilitator f = facilitator(null);
        byte[] bytes = save(f, SeatSecrets.withIterations(1000).pin("JPN", "4711"));
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertFalse(text.contains(JPN_NOTE), "Japan's note is sealed with Japan's PIN");
        assertTrue(text.contains(USA_NOTE), "the others' notes stay readable (no facilitator password)");
        SaveFile.Loaded l = SaveFile.read("class.json", bytes);
        assertEquals(List.of("JPN"), l.lockedSeats());
        l.unlock("JPN", "4711");
        assertEquals(f.data(), l.facilitator());
    }

    @Test
    void withBothAPasswordAndAPinEveryKeyIsNeeded() throws Exception {
        Facilitator f = facilitator("white-cell");
        SeatSecrets secrets = SeatSecrets.withIterations(1000).pin("JPN", "4711").facilitatorPassword("white-cell".toCharArray());
        SaveFile.Loaded l = SaveFile.read("both.json", save(f, secrets));
        l.unlockFacilitator("white-cell".toCharArray());
        assertTrue(l.isLocked(), "Japan still locked");
        l.unlock("JPN", "4711");
        assertFalse(l.isLocked());
        assertEquals(f.data(), l.facilitator());
        assertTrue(l.secrets().protects(SeatSecrets.FACILITATOR) && l.secrets().protects("JPN"));
    }

    @Test
    void aPasswordWithoutItsKeyIsNeverWrittenInPlainText() throws Exception {
        Facilitator f = facilitator("white-cell");
        assertThrows(IllegalStateException.class, () -> save(f, SeatSecrets.withIterations(1000)));
    }

    @Test
    void aVersion2SaveWithoutTheSectionLoadsWithEmptyFacilitatorData() throws Exception {
        Game g = TestGames.tiny(2);
        JsonObject root = JsonParser.parseString(new String(SaveFile.toBytes(g.state(), SaveMeta.of(g.state(), "old", SEATS), NOW),
                StandardCharsets.UTF_8)).getAsJsonObject();
        assertFalse(root.has("facilitator"), "a game without facilitator data writes no section");
        root.addProperty("saveVersion", 2);
        SaveFile.Loaded l = SaveFile.read("old.json", root.toString().getBytes(StandardCharsets.UTF_8));
        assertEquals(2, l.saveVersion());
        assertEquals(FacilitatorData.empty(), l.facilitator());
    }

    @Test
    void badEntriesAreReportedWithTheirPath() throws Exception {
        byte[] bytes = save(facilitator(null), null);
        JsonObject root = JsonParser.parseString(new String(bytes, StandardCharsets.UTF_8)).getAsJsonObject();
        JsonObject section = root.getAsJsonObject("facilitator");
        section.getAsJsonArray("journal").get(0).getAsJsonObject().addProperty("seat", "XXX");
        SaveException e = assertThrows(SaveException.class, () -> SaveFile.read("bad.json", root.toString().getBytes(StandardCharsets.UTF_8)));
        assertEquals("bad.json: $.facilitator.journal[0].seat: unknown actor id \"XXX\"", e.getMessage());

        JsonObject root2 = JsonParser.parseString(new String(bytes, StandardCharsets.UTF_8)).getAsJsonObject();
        root2.getAsJsonObject("facilitator").getAsJsonArray("schedule").get(0).getAsJsonObject().addProperty("turn", 0);
        SaveException e2 = assertThrows(SaveException.class, () -> SaveFile.read("bad.json", root2.toString().getBytes(StandardCharsets.UTF_8)));
        assertTrue(e2.getMessage().startsWith("bad.json: $.facilitator.schedule[0].turn: must be 1 or later"), e2.getMessage());
    }
}
