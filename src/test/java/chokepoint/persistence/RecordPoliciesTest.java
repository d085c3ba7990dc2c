package chokepoint.persistence;

import chokepoint.engine.Game;
import chokepoint.engine.state.ControlMode;
import chokepoint.engine.state.ExportControl;
import chokepoint.engine.state.TurnRecord;
import chokepoint.engine.state.ZoneSnapshot;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Turn records keep the export controls and trade zones in force when their markets cleared, so a past turn can be
 * shown as it was; they travel with the save, older saves without them still load, and bad entries are named.
 */
class RecordPoliciesTest {
    private static ExportControl only(TurnRecord r) {
        assertEquals(1, r.controls.size(), r.controls.toString());
        return r.controls.get(0);
    }

    @Test
    void eachRecordKeepsThePoliciesOfItsTurn() {
        // turn 1: CHN licences refined NdPr to JPN and USA, USA founds a club; turn 2: USA invites JPN;
        // turn 3: CHN adds a 50% quota on everyone, AUS accepts an offtake
        Game g = TestGames.tiny(4);
        assertTrue(g.history().get(0).controls.isEmpty(), "nothing in force at the start");
        assertTrue(g.history().get(0).zones.isEmpty());
        assertEquals(ControlMode.LICENCE, only(g.history().get(1)).mode());
        assertEquals(ControlMode.LICENCE, only(g.history().get(2)).mode());
        List<ExportControl> turn3 = g.history().get(3).controls;
        assertEquals(List.of(ControlMode.LICENCE, ControlMode.QUOTA), turn3.stream().map(ExportControl::mode).toList(),
                "the quota on everyone came in turn 3");
        assertEquals(ControlMode.LICENCE, only(g.history().get(1)).mode(), "later turns do not change an earlier record");
        ZoneSnapshot club = g.history().get(1).zones.get(0);
        assertEquals("zone-1", club.id());
        assertEquals("USA", club.founder());
        assertEquals(List.of("USA"), club.members());
        List<String> now = g.state().zones.get(0).members;
        assertEquals(now, g.history().get(4).zones.get(0).members(), "the last record has the members of its turn");
        // the record's lists are its own: changing the live zone does not reach them
        g.state().zones.get(0).members.add("AUS");
        assertEquals(List.of("USA"), g.history().get(1).zones.get(0).members());
        // what seats see carries them too (they are public)
        assertEquals(g.history().get(3).controls, g.view("JPN").history().get(3).controls);
        assertEquals(g.history().get(3).zones, g.view("AUS").history().get(3).zones);
    }

    @Test
    void theyRoundTripAndOlderSavesWithoutThemLoad() throws Exception {
        Game g = TestGames.tiny(4);
        SaveFile.Loaded l = SaveRoundTripTest.roundTrip(g);
        for (int t = 0; t < g.history().size(); t++) {
            assertEquals(g.history().get(t).controls, l.game().history().get(t).controls, "turn " + t);
            assertEquals(g.history().get(t).zones, l.game().history().get(t).zones, "turn " + t);
        }
        JsonObject root = tree(g);
        for (JsonElement r : history(root)) {
            r.getAsJsonObject().remove("controls");
            r.getAsJsonObject().remove("zones");
        }
        SaveFile.Loaded old = SaveFile.read("old.json", root.toString().getBytes(StandardCharsets.UTF_8));
        assertNull(old.game().history().get(2).controls, "unknown in an older save, not empty");
        assertNull(old.game().history().get(2).zones);
        assertEquals(g.hash(), old.game().hash());
    }

    @Test
    void badEntriesAreNamedWithTheirPath() throws Exception {
        JsonObject root = tree(TestGames.tiny(4));
        JsonObject turn2 = history(root).get(2).getAsJsonObject();
        turn2.getAsJsonArray("zones").get(0).getAsJsonObject().getAsJsonArray("members").add("XXX");
        turn2.getAsJsonArray("controls").get(0).getAsJsonObject().addProperty("market", 99);
        turn2.getAsJsonArray("news").set(0, com.google.gson.JsonNull.INSTANCE);   // found by LoaderFuzzTest
        SaveException e = assertThrows(SaveException.class,
                () -> SaveFile.read("bad.json", root.toString().getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().contains("bad.json: $.game.history[2].zones[0].members[1]: unknown actor id \"XXX\""), e.getMessage());
        assertTrue(e.getMessage().contains("bad.json: $.game.history[2].controls[0].market: no market number 99"), e.getMessage());
        assertTrue(e.getMessage().contains("bad.json: $.game.history[2].news[0]: must not be null"), e.getMessage());
    }

    private static JsonObject tree(Game g) {
        byte[] bytes = SaveFile.toBytes(g.state(), SaveMeta.of(g.state(), "t", List.of(Seat.human("JPN"))), SaveRoundTripTest.T);
        return JsonParser.parseString(new String(bytes, StandardCharsets.UTF_8)).getAsJsonObject();
    }

    private static JsonArray history(JsonObject root) {
        return root.getAsJsonObject("game").getAsJsonArray("history");
    }
}
