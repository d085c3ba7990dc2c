package chokepoint.persistence;

import chokepoint.ai.AiRoster;
import chokepoint.ai.Decision;
import chokepoint.ai.Reason;
import chokepoint.engine.Game;
import chokepoint.facilitator.Facilitator;
import chokepoint.facilitator.SeatOrders;
import chokepoint.text.ReasonFormatter;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** AI reasons travel in saves as keys with arguments; saves from before (one English line per reason) still load. */
class ReasonSaveTest {
    static final String OLD_REASON = "ban ndpr/refining to JPN: JPN depends on me for 12.3 leverage points";

    /** A facilitator whose AI seats played two turns, their real reasons recorded. */
    static Facilitator played() {
        Facilitator f = new Facilitator(TestGames.tiny(3));
        List<String> seats = AiRoster.playableSeats(f.game().scenario());
        for (int t = 0; t < 2; t++) {
            Map<String, Decision> d = AiRoster.defaults(f.game().scenario()).decisionsFor(f.game(), seats);
            d.forEach((seat, x) -> { if (!x.reasons().isEmpty()) f.recordReasons(seat, x.reasons()); });
            f.resolve(AiRoster.orders(d));
        }
        assertFalse(f.reasons().isEmpty(), "the AI gave reasons");
        return f;
    }

    static byte[] save(Facilitator f, SeatSecrets secrets) {
        Game g = f.game();
        return SaveFile.toBytes(g.state(), SaveMeta.of(g.state(), "reasons", FacilitatorSaveTest.SEATS), FacilitatorSaveTest.NOW,
                secrets, Map.of(), f.data());
    }

    @Test
    void keyedReasonsComeBackWholeReadableOrSealed() throws Exception {
        Facilitator f = played();
        byte[] bytes = save(f, null);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.contains("\"key\":\"ai.") && text.contains("\"parts\":["), "reasons are stored as keys with arguments");
        assertEquals(f.data(), SaveFile.read("r.json", bytes).facilitator());

        f.setPassword("white-cell".toCharArray());
        SaveFile.Loaded sealed = SaveFile.read("s.json",
                save(f, SeatSecrets.withIterations(1000).facilitatorPassword("white-cell".toCharArray())));
        sealed.unlockFacilitator("white-cell".toCharArray());
        assertEquals(f.data(), sealed.facilitator());
    }

    /** A version-3 save tree of {@code f} whose reasons are one English line each, as version 3 wrote them. */
    static JsonObject version3(Facilitator f) {
        JsonObject root = JsonParser.parseString(new String(save(f, null), StandardCharsets.UTF_8)).getAsJsonObject();
        root.addProperty("saveVersion", 3);
        JsonArray lines = new JsonArray();
        lines.add(OLD_REASON);
        JsonObject entry = new JsonObject();
        entry.addProperty("turn", 1);
        entry.addProperty("seat", "CHN");
        entry.add("reasons", lines);
        JsonArray reasons = new JsonArray();
        reasons.add(entry);
        root.getAsJsonObject("facilitator").add("reasons", reasons);
        return root;
    }

    @Test
    void aVersion3SaveWithEnglishLinesLoadsAndShowsThemAsGiven() throws Exception {
        Facilitator f = played();
        SaveFile.Loaded l = SaveFile.read("old.json", version3(f).toString().getBytes(StandardCharsets.UTF_8));
        assertEquals(3, l.saveVersion());
        assertEquals(List.of(Reason.plain(OLD_REASON)), l.facilitator().reasons().get(0).reasons());
        Facilitator loaded = new Facilitator(l.game(), l.facilitator());
        SeatOrders chn = loaded.submittedOrders(1).stream().filter(s -> s.seat().equals("CHN")).findFirst().orElseThrow();
        assertEquals(OLD_REASON, ReasonFormatter.of(l.game(), "ja").line(chn.reasons().get(0)), "old lines show as written");
        // saved again it is a version-4 save holding the line as a plain-text reason
        byte[] again = SaveFile.toBytes(l.state(), l.meta(), FacilitatorSaveTest.NOW, null, Map.of(), l.facilitator());
        assertTrue(new String(again, StandardCharsets.UTF_8).contains("\"saveVersion\":" + SaveFile.SAVE_VERSION));
        assertEquals(l.facilitator(), SaveFile.read("again.json", again).facilitator());
    }

    @Test
    void sealedVersion3ReasonsAreReadOnceOpened() throws Exception {
        Facilitator f = played();
        f.setPassword("white-cell".toCharArray());
        SeatSecrets secrets = SeatSecrets.withIterations(1000).facilitatorPassword("white-cell".toCharArray());
        JsonObject root = JsonParser.parseString(new String(save(f, secrets), StandardCharsets.UTF_8)).getAsJsonObject();
        root.addProperty("saveVersion", 3);
        JsonObject contents = JsonParser.parseString("{\"schedule\": [], \"journal\": [], \"reasons\": [{\"turn\": 1, "
                + "\"seat\": \"CHN\", \"reasons\": [\"" + OLD_REASON + "\"]}]}").getAsJsonObject();
        root.getAsJsonObject("facilitator").add("sealed",
                secrets.sealPayload(SeatSecrets.FACILITATOR, contents.toString().getBytes(StandardCharsets.UTF_8)));
        SaveFile.Loaded l = SaveFile.read("old-sealed.json", root.toString().getBytes(StandardCharsets.UTF_8));
        l.unlockFacilitator("white-cell".toCharArray());
        assertEquals(List.of(Reason.plain(OLD_REASON)), l.facilitator().reasons().get(0).reasons());
    }

    @Test
    void badReasonsAreReportedWithTheirPath() {
        Facilitator f = played();
        JsonObject root = JsonParser.parseString(new String(save(f, null), StandardCharsets.UTF_8)).getAsJsonObject();
        JsonArray first = root.getAsJsonObject("facilitator").getAsJsonArray("reasons").get(0).getAsJsonObject().getAsJsonArray("reasons");
        first.get(0).getAsJsonObject().getAsJsonArray("args").set(0, JsonParser.parseString("12"));
        SaveException e = assertThrows(SaveException.class, () -> SaveFile.read("bad.json", root.toString().getBytes(StandardCharsets.UTF_8)));
        assertEquals("bad.json: $.facilitator.reasons[0].reasons[0].args[0]: must be a string, got 12", e.getMessage());

        first.set(0, JsonParser.parseString("null"));
        e = assertThrows(SaveException.class, () -> SaveFile.read("bad.json", root.toString().getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().startsWith("bad.json: $.facilitator.reasons[0].reasons[0]: must be a reason"), e.getMessage());

        JsonObject deep = JsonParser.parseString("{\"key\":\"ai.plain\",\"args\":[\"x\"],\"parts\":[]}").getAsJsonObject();
        for (int i = 0; i < 12; i++) {
            JsonObject outer = JsonParser.parseString("{\"key\":\"ai.option.with\",\"args\":[],\"parts\":[]}").getAsJsonObject();
            outer.getAsJsonArray("parts").add(deep);
            deep = outer;
        }
        first.set(0, deep);
        e = assertThrows(SaveException.class, () -> SaveFile.read("bad.json", root.toString().getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().contains("nests reasons deeper than"), e.getMessage());
    }
}
