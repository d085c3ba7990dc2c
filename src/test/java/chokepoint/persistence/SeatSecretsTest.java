package chokepoint.persistence;

import chokepoint.engine.Game;
import chokepoint.engine.order.Order;
import chokepoint.engine.resolve.StateHash;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** A seat with a PIN keeps its private data and pending orders secret in the save file. */
class SeatSecretsTest {
    static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");
    static final List<Seat> SEATS = List.of(Seat.human("JPN"), Seat.human("USA"), Seat.ai("CHN"), Seat.ai("AUS"));
    static final Map<String, List<Order>> PENDING = Map.of(
            "JPN", List.of(new Order.BuyStockpile("JPN", "ndpr", "component", 12)),
            "USA", List.of(new Order.StartResearch("USA", "recycling")));

    static SeatSecrets japanPin() {
        return SeatSecrets.withIterations(1000).pin("JPN", "4711");
    }

    @Test
    void privateDataIsNotInTheReadableJsonAndComesBackExactlyWithThePin() throws Exception {
        Game g = TestGames.tiny(4);
        String hash = g.hash();
        int jpn = g.scenario().actorIndex("JPN");
        byte[] bytes = SaveFile.toBytes(g.state(), SaveMeta.of(g.state(), "class", SEATS), NOW, japanPin(), PENDING);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertFalse(text.contains("4711"), "the PIN itself is never stored");

        JsonObject root = JsonParser.parseString(text).getAsJsonObject();
        JsonObject game = root.getAsJsonObject("game");
        for (JsonElement x : game.getAsJsonArray("stock").get(jpn).getAsJsonArray()) assertEquals(0, x.getAsDouble());
        assertEquals(0, game.getAsJsonArray("budget").get(jpn).getAsDouble());
        assertTrue(g.state().budget[jpn] > 0);
        for (JsonElement r : game.getAsJsonArray("research")) {
            assertFalse(r.isJsonObject() && r.getAsJsonObject().get("actor").getAsString().equals("JPN"));
        }
        for (JsonElement t : game.getAsJsonArray("orderLog")) {
            JsonElement mine = t.getAsJsonObject().get("JPN");
            assertTrue(mine == null || mine.getAsString().equals("sealed"), String.valueOf(mine));
        }
        for (JsonElement rec : game.getAsJsonArray("history")) {
            JsonObject r = rec.getAsJsonObject();
            assertEquals(0, r.getAsJsonArray("budget").get(jpn).getAsDouble());
            for (JsonElement x : r.getAsJsonArray("stock").get(jpn).getAsJsonArray()) assertEquals(0, x.getAsDouble());
            for (JsonElement n : r.getAsJsonArray("news")) {
                if (!n.isJsonObject()) continue;
                JsonArray aud = n.getAsJsonObject().getAsJsonArray("audience");
                assertFalse(aud.size() == 1 && aud.get(0).getAsString().equals("JPN"), "JPN's private news is sealed");
            }
        }
        // the rest stays readable: another seat's figures, the public parts, plain pending orders of seats without PIN
        int usa = g.scenario().actorIndex("USA");
        assertEquals(g.state().budget[usa], game.getAsJsonArray("budget").get(usa).getAsDouble());
        assertTrue(root.getAsJsonObject("pending").has("USA"));
        assertFalse(root.getAsJsonObject("pending").has("JPN"));
        assertTrue(root.getAsJsonObject("sealed").getAsJsonObject("seats").has("JPN"));

        SaveFile.Loaded l = SaveFile.read("class.json", bytes);
        assertEquals(List.of("JPN"), l.lockedSeats());
        assertThrows(IllegalStateException.class, l::state, "no game while a seat is locked");
        assertEquals(PENDING.get("USA"), l.pending("USA"));
        assertEquals(List.of(), l.pending("JPN"));

        SaveException tools = assertThrows(SaveException.class, l::requireUnlocked);
        assertTrue(tools.getMessage().startsWith("class.json: $.sealed: the seats JPN keep their data sealed"), tools.getMessage());

        SaveException wrong = assertThrows(SaveException.class, () -> l.unlock("JPN", "1234"));
        assertTrue(wrong.getMessage().contains("wrong PIN for "), wrong.getMessage());
        assertEquals(List.of("JPN"), l.lockedSeats(), "a wrong PIN changes nothing");

        l.unlock("JPN", " 4711 ");
        assertFalse(l.isLocked());
        assertEquals(hash, StateHash.of(l.state()), "identical state after save, load, unlock");
        assertEquals(PENDING.get("JPN"), l.pending("JPN"));
        assertEquals(Map.of("JPN", "4711"), l.pins());
        assertTrue(Replay.verify(l.state()).ok());
        assertSame(l, l.requireUnlocked());

        // saved again with the keys of the load (no new key derivation): still sealed, same PIN opens it
        byte[] again = SaveFile.toBytes(l.state(), SaveMeta.of(l.state(), "class", SEATS), NOW, l.secrets(), Map.of());
        SaveFile.Loaded l2 = SaveFile.read("again.json", again);
        assertEquals(List.of("JPN"), l2.lockedSeats());
        l2.unlock("JPN", "4711");
        assertEquals(hash, l2.game().hash());
    }

    @Test
    void aSealedBlobCannotBeOpenedAsAnotherSeatNorEdited() throws Exception {
        Game g = TestGames.tiny(2);
        SeatSecrets both = SeatSecrets.withIterations(1000).pin("JPN", "4711").pin("USA", "4711");
        byte[] bytes = SaveFile.toBytes(g.state(), SaveMeta.of(g.state(), "class", SEATS), NOW, both, PENDING);
        JsonObject root = JsonParser.parseString(new String(bytes, StandardCharsets.UTF_8)).getAsJsonObject();
        JsonObject seats = root.getAsJsonObject("sealed").getAsJsonObject("seats");
        seats.add("USA", seats.get("JPN").deepCopy()); // Japan's blob offered as the USA's, same PIN
        SaveFile.Loaded l = SaveFile.read("swap.json", root.toString().getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("JPN", "USA"), l.lockedSeats());
        SaveException e = assertThrows(SaveException.class, () -> l.unlock("USA", "4711"));
        assertTrue(e.getMessage().contains("wrong PIN for"), e.getMessage());
        l.unlock("JPN", "4711");
        assertTrue(l.isLocked());

        // a changed byte of the encrypted data: refused like a wrong PIN, never half-applied
        JsonObject root2 = JsonParser.parseString(new String(bytes, StandardCharsets.UTF_8)).getAsJsonObject();
        JsonObject jp = root2.getAsJsonObject("sealed").getAsJsonObject("seats").getAsJsonObject("JPN");
        String data = jp.get("data").getAsString();
        jp.addProperty("data", (data.charAt(0) == 'A' ? "B" : "A") + data.substring(1));
        SaveFile.Loaded l3 = SaveFile.read("edit.json", root2.toString().getBytes(StandardCharsets.UTF_8));
        assertThrows(SaveException.class, () -> l3.unlock("JPN", "4711"));
        assertEquals(List.of("JPN", "USA"), l3.lockedSeats());

        // a hostile iteration count is refused at once rather than hanging the loader
        jp.addProperty("iterations", 2_000_000_000L);
        SaveException slow = assertThrows(SaveException.class, () -> SaveFile.read("slow.json", root2.toString().getBytes(StandardCharsets.UTF_8)));
        assertTrue(slow.getMessage().contains("$.sealed.seats.JPN.iterations"), slow.getMessage());
    }

    @Test
    void theStoreSealsAutosavesAndNamedSaves(@TempDir Path dir) throws Exception {
        Game g = TestGames.tiny(3);
        SaveStore store = new SaveStore(dir, 3, Clock.systemUTC(), true);
        SeatSecrets s = japanPin();
        Path auto = store.autosave(g.state(), SEATS, s, PENDING);
        Path named = store.save("Class 3B", g.state(), SEATS, s, PENDING);
        for (Path p : List.of(auto, named)) {
            SaveFile.Loaded l = SaveFile.read(p);
            assertTrue(l.isLocked());
            l.unlock("JPN", "4711");
            assertEquals(g.hash(), l.game().hash());
        }
        // the list still shows the save (meta is readable without the PIN)
        assertTrue(store.list().stream().allMatch(SaveInfo::readable));
    }

    @Test
    void defaultIterationsAreAStandardStrength() {
        assertTrue(SeatSecrets.DEFAULT_ITERATIONS >= 100_000);
    }
}
