package chokepoint.persistence;

import chokepoint.engine.Game;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/** Every way a save can be broken gives a SaveException naming the file, the JSON path and the problem. */
class SaveExceptionTest {
    static final byte[] GOOD = good();

    static byte[] good() {
        Game g = TestGames.tiny(3);
        return SaveFile.toBytes(g.state(), SaveMeta.of(g.state(), "x", null), Instant.parse("2026-11-24T08:30:00Z"));
    }

    static byte[] edit(Consumer<JsonObject> change) {
        JsonObject root = JsonParser.parseString(new String(GOOD, StandardCharsets.UTF_8)).getAsJsonObject();
        change.accept(root);
        return new GsonBuilder().serializeNulls().create().toJson(root).getBytes(StandardCharsets.UTF_8);
    }

    static JsonObject game(JsonObject root) {
        return root.getAsJsonObject("game");
    }

    static byte[] text(UnaryOperator<String> change) {
        return change.apply(new String(GOOD, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
    }

    static Stream<Arguments> broken() {
        return Stream.of(
                Arguments.of("empty file", new byte[0], "$", "empty"),
                Arguments.of("only spaces", "   \n".getBytes(), "$", "empty"),
                Arguments.of("truncated", Arrays.copyOf(GOOD, GOOD.length / 2), "$.game*", "truncated"),
                Arguments.of("not JSON", "{this is not json".getBytes(), "$", "invalid JSON"),
                Arguments.of("trailing content", text(s -> s + " {}"), "$", "after the end"),
                Arguments.of("invalid UTF-8", invalidUtf8(), "$", "UTF-8"),
                Arguments.of("array, not object", "[1,2]".getBytes(), "$", "not a Chokepoint save"),
                Arguments.of("another format", "{\"format\":\"other\"}".getBytes(), "$.format", "not a Chokepoint save"),
                Arguments.of("scenario file", "{\"formatVersion\":1,\"id\":\"x\"}".getBytes(), "$.format", "not a Chokepoint save"),
                Arguments.of("missing saveVersion", edit(r -> r.remove("saveVersion")), "$.saveVersion", "missing field"),
                Arguments.of("saveVersion text", edit(r -> r.addProperty("saveVersion", "one")), "$.saveVersion", "must be a number"),
                Arguments.of("bad savedAt", edit(r -> r.addProperty("savedAt", "yesterday")), "$.savedAt", "ISO-8601"),
                Arguments.of("missing meta", edit(r -> r.remove("meta")), "$.meta", "missing field"),
                Arguments.of("missing game", edit(r -> r.remove("game")), "$.game", "missing field"),
                Arguments.of("wrong type", edit(r -> game(r).addProperty("turn", "three")), "$.game.turn", "must be a number"),
                Arguments.of("fractional turn", edit(r -> game(r).addProperty("turn", 2.5)), "$.game.turn", "whole number"),
                Arguments.of("missing field", edit(r -> game(r).remove("price")), "$.game.price", "missing field"),
                Arguments.of("missing record field", edit(r -> game(r).getAsJsonArray("controls").get(0).getAsJsonObject().remove("mode")),
                        "$.game.controls[0].mode", "missing field"),
                Arguments.of("bad enum", edit(r -> game(r).getAsJsonArray("controls").get(0).getAsJsonObject().addProperty("mode", "BANN")),
                        "$.game.controls[0].mode", "must be one of LICENCE, QUOTA, BAN"),
                Arguments.of("NaN", text(s -> s.replaceFirst("\"tension\":[-0-9.eE]+", "\"tension\":NaN")), "$.game.tension", "NaN"),
                Arguments.of("huge number", text(s -> s.replaceFirst("\"tension\":[-0-9.eE]+", "\"tension\":1e999")), "$.game.tension", "not finite"),
                Arguments.of("negative stock", edit(r -> game(r).getAsJsonArray("stock").get(1).getAsJsonArray().set(0, new JsonPrimitive(-5))),
                        "$.game.stock[1][0]", "must not be negative"),
                Arguments.of("negative capacity", edit(r -> game(r).getAsJsonArray("capacity").get(0).getAsJsonArray().set(2, new JsonPrimitive(-1))),
                        "$.game.capacity[0][2]", "must not be negative"),
                Arguments.of("unknown actor in control", edit(r -> game(r).getAsJsonArray("controls").get(0).getAsJsonObject().addProperty("controller", "XXX")),
                        "$.game.controls[0].controller", "unknown actor id \"XXX\""),
                Arguments.of("unknown actor in seats", edit(r -> r.getAsJsonObject("meta").getAsJsonArray("seats").get(0).getAsJsonObject().addProperty("actor", "ZZZ")),
                        "$.meta.seats[0].actor", "unknown actor id \"ZZZ\""),
                Arguments.of("unknown actor in order log", edit(r -> {
                            JsonObject t0 = game(r).getAsJsonArray("orderLog").get(0).getAsJsonObject();
                            t0.add("XYZ", t0.remove("CHN"));
                        }), "$.game.orderLog[0].XYZ", "unknown actor id"),
                Arguments.of("unknown order type", edit(r -> game(r).getAsJsonArray("orderLog").get(0).getAsJsonObject().getAsJsonArray("CHN")
                        .get(0).getAsJsonObject().addProperty("type", "LaunchMissiles")), "$.game.orderLog[0].CHN[0].type", "unknown order type"),
                Arguments.of("array too long", edit(r -> game(r).getAsJsonArray("price").add(1.0)), "$.game.price", "has 4 entries, the scenario needs 3"),
                Arguments.of("row too short", edit(r -> game(r).getAsJsonArray("stock").set(2, new JsonArray())), "$.game.stock[2]", "has 0 entries"),
                Arguments.of("turn out of range", edit(r -> game(r).addProperty("turn", 99)), "$.game.turn", "within 0..8"),
                Arguments.of("record row too short", edit(r -> game(r).getAsJsonArray("history").get(2).getAsJsonObject().getAsJsonArray("use")
                        .set(1, new JsonArray())), "$.game.history[2].use[1]", "has 0 entries, expected 3"),
                Arguments.of("record leverage too small", edit(r -> game(r).getAsJsonArray("history").get(1).getAsJsonObject().getAsJsonArray("leverage")
                        .remove(0)), "$.game.history[1].leverage", "expected one per actor"),
                Arguments.of("meta field missing", edit(r -> r.getAsJsonObject("meta").remove("label")), "$.meta.label", "missing field"),
                Arguments.of("meta seat wrong type", edit(r -> r.getAsJsonObject("meta").getAsJsonArray("seats").get(0).getAsJsonObject()
                        .addProperty("human", "yes")), "$.meta.seats[0].human", "true or false"),
                Arguments.of("scenario with an unknown stage (scenario-file checks)", edit(r -> game(r).getAsJsonObject("scenario").getAsJsonArray("actors").get(1)
                        .getAsJsonObject().getAsJsonArray("demands").get(0).getAsJsonObject().addProperty("stage", "nowhere")),
                        "$.game.scenario.actors[1].demands[0].stage", "has no stage \"nowhere\""),
                Arguments.of("history missing a turn", edit(r -> game(r).getAsJsonArray("history").remove(3)), "$.game.history", "expected 4"),
                Arguments.of("scenario not an object", edit(r -> game(r).addProperty("scenario", 5)), "$.game.scenario", "must be an object"),
                Arguments.of("scenario field missing", edit(r -> game(r).getAsJsonObject("scenario").remove("commodities")), "$.game.scenario.commodities", "missing field"),
                Arguments.of("null list", edit(r -> game(r).add("tariffs", com.google.gson.JsonNull.INSTANCE)), "$.game.tariffs", "must not be null"),
                Arguments.of("edited figure", edit(r -> game(r).getAsJsonArray("budget").set(0, new JsonPrimitive(999.0))), "$.game.stateHash", "edited or damaged"),
                Arguments.of("meta turn disagrees", edit(r -> r.getAsJsonObject("meta").addProperty("turn", 5)), "$.meta.turn", "has played 3"),
                Arguments.of("too deep", ("{\"a\":" + "[".repeat(5000)).getBytes(), "$.a*", "JSON"),
                Arguments.of("larger than 50 MB", new byte[50 * 1024 * 1024 + 1], "$", "50 MB"));
    }

    static byte[] invalidUtf8() {
        byte[] b = GOOD.clone();
        int i = new String(GOOD, StandardCharsets.UTF_8).indexOf("\"label\":\"") + 9;
        b[i] = (byte) 0xFF;
        return b;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("broken")
    void brokenSavesAreReportedWithFilePathAndProblem(String what, byte[] content, String path, String problem) {
        SaveException e = assertThrows(SaveException.class, () -> SaveFile.read("bad.json", content), what);
        String msg = e.getMessage();
        assertTrue(msg.startsWith("bad.json: ") || msg.contains("problems in bad.json"), msg);
        assertTrue(e.problems().stream().anyMatch(p -> (path.endsWith("*") ? p.jsonPath().startsWith(path.substring(0, path.length() - 1)) : p.jsonPath().equals(path))
                        && p.message().contains(problem)),
                what + ": expected " + path + ": …" + problem + "… but got\n" + msg);
        assertFalse(msg.contains("\tat "), "no stack trace in the message");
    }

    @Test
    void goodSaveLoads() throws SaveException {
        assertEquals(3, SaveFile.read("good.json", GOOD).state().turn);
    }

    @Test
    void newerVersionIsNamedClearly() {
        byte[] v6 = edit(r -> r.addProperty("saveVersion", 6));
        SaveException e = assertThrows(SaveException.class, () -> SaveFile.read("new.json", v6));
        assertEquals("new.json: $.saveVersion: made by a newer version of Chokepoint (save version 6, this version reads up to 5)",
                e.getMessage());
    }

    @Test
    void migrationsRunStepByStep() throws SaveException {
        JsonObject root = JsonParser.parseString("{\"saveVersion\":1,\"a\":1}").getAsJsonObject();
        SaveMigrations m = SaveMigrations.of(3, 1, java.util.Map.of(
                1, r -> { r.addProperty("b", 2); return r; },
                2, r -> { r.addProperty("c", r.get("b").getAsInt() + 1); return r; }));
        JsonObject out = m.migrate("f.json", root, 1);
        assertEquals(3, out.get("saveVersion").getAsInt());
        assertEquals(3, out.get("c").getAsInt());
        SaveException old = assertThrows(SaveException.class, () -> SaveMigrations.of(3, 2, java.util.Map.of()).migrate("f.json", root, 1));
        assertTrue(old.getMessage().contains("old version"), old.getMessage());
    }

    @Test
    void allInvariantViolationsAreListedTogether() {
        byte[] bad = edit(r -> {
            game(r).getAsJsonArray("stock").get(0).getAsJsonArray().set(0, new JsonPrimitive(-1));
            game(r).getAsJsonArray("budget").set(1, new JsonPrimitive(-2));
        });
        SaveException e = assertThrows(SaveException.class, () -> SaveFile.read("two.json", bad));
        List<String> paths = e.problems().stream().map(p -> p.jsonPath()).toList();
        assertTrue(paths.contains("$.game.stock[0][0]") && paths.contains("$.game.budget[1]"), paths.toString());
    }

}
