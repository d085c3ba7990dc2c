package chokepoint.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static chokepoint.cli.CliTest.cli;
import static chokepoint.cli.CliTest.finalHash;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The headless report gives every AI seat's orders of a turn with one reason each, and the same game as without it. */
class ReportReasonsTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void players() {
        chokepoint.app.CliAiPlugin.register();
    }

    @Test
    void everyAiOrderHasItsReasonInTheReport() throws Exception {
        for (String ai : new String[] {"baseline", "strong-hawkish"}) {
            Path report = dir.resolve(ai + ".json");
            CliTest.Run with = cli("play", "--scenario", "classroom", "--seed", "3", "--turns", "3", "--ai", ai, "--out", report.toString());
            CliTest.Run without = cli("play", "--scenario", "classroom", "--seed", "3", "--turns", "3", "--ai", ai);
            assertEquals(0, with.status(), with.err());
            assertEquals(finalHash(without), finalHash(with), ai + ": asking for reasons does not change the game");
            JsonArray turns = JsonParser.parseString(Files.readString(report)).getAsJsonObject().getAsJsonArray("turns");
            assertFalse(turns.get(0).getAsJsonObject().has("ai"), "the start has no orders");
            int orders = 0;
            for (int t = 1; t < turns.size(); t++) {
                JsonObject seats = turns.get(t).getAsJsonObject().getAsJsonObject("ai");
                for (Map.Entry<String, JsonElement> seat : seats.entrySet()) {
                    JsonObject s = seat.getValue().getAsJsonObject();
                    for (JsonElement o : s.getAsJsonArray("orders")) {
                        JsonObject order = o.getAsJsonObject();
                        String where = ai + " turn " + t + " " + seat.getKey() + ": " + order;
                        assertFalse(order.get("type").getAsString().isBlank(), where);
                        assertFalse(order.get("text").getAsString().isBlank(), where);
                        String reason = order.get("reason").getAsString();
                        assertFalse(reason.isBlank(), where);
                        assertFalse(reason.contains("ai.") || reason.contains("{"), "rendered, not a key: " + where);
                        orders++;
                    }
                    if (ai.startsWith("strong")) assertTrue(s.get("summary").getAsString().contains("simulated"), s.toString());
                }
            }
            assertTrue(orders > 10, ai + ": " + orders + " orders");
        }
    }

    @Test
    void passiveSeatsAreListedWithNoOrders() throws Exception {
        Path report = dir.resolve("none.json");
        assertEquals(0, cli("play", "--scenario", "classroom", "--seed", "3", "--turns", "1", "--ai", "none", "--out",
                report.toString()).status());
        JsonObject turn1 = JsonParser.parseString(Files.readString(report)).getAsJsonObject().getAsJsonArray("turns")
                .get(1).getAsJsonObject();
        for (Map.Entry<String, JsonElement> seat : turn1.getAsJsonObject("ai").entrySet()) {
            assertEquals(0, seat.getValue().getAsJsonObject().getAsJsonArray("orders").size(), "a passive seat gives no orders");
        }
    }
}
