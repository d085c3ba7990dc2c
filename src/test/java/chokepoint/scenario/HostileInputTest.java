package chokepoint.scenario;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static chokepoint.scenario.ScenarioLoaderTest.assertProblem;
import static chokepoint.scenario.ScenarioLoaderTest.utf8;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Broken or hostile files give a ScenarioException with a clear problem, never another exception. */
class HostileInputTest {

    private static final String MINI = new String(MiniJson.bytes(), StandardCharsets.UTF_8);

    @Test
    void emptyFile() {
        assertProblem(() -> ScenarioLoader.load("x.json", new byte[0]), "$", "empty");
        assertProblem(() -> ScenarioLoader.load("x.json", utf8(" \n\t ")), "$", "empty");
        assertProblem(() -> ScenarioLoader.load("x.json", null), "$", "no content");
    }

    @Test
    void truncatedFile() {
        assertProblem(() -> ScenarioLoader.load("x.json", utf8(MINI.substring(0, MINI.length() / 2))), "$.actors[1].demands[2].commodity", "ends too early");
    }

    @Test
    void fileCutAnywhereIsAProblemNotACrash() {
        byte[] bytes = MiniJson.bytes();
        for (int cut = 1; cut < bytes.length - 2; cut += 97) {
            byte[] part = Arrays.copyOf(bytes, cut);
            ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load("cut.json", part));
            assertFalse(e.problems().isEmpty());
        }
    }

    @Test
    void invalidUtf8() {
        byte[] bytes = MiniJson.bytes();
        int at = MINI.indexOf("Mini test scenario");
        bytes[at] = (byte) 0xC3;
        bytes[at + 1] = (byte) 0x28;
        assertProblem(() -> ScenarioLoader.load("x.json", bytes), "$", "not valid UTF-8 (bad byte sequence at byte offset " + at);
        assertProblem(() -> ScenarioLoader.load("x.json", new byte[] {'{', (byte) 0xFF, '}'}), "$", "not valid UTF-8");
    }

    @Test
    void otherEncodings() {
        byte[] utf16 = MINI.getBytes(StandardCharsets.UTF_16);
        assertProblem(() -> ScenarioLoader.load("x.json", utf16), "$", "UTF-16");
        byte[] latin1 = "{\"id\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        assertProblem(() -> ScenarioLoader.load("x.json", latin1), "$", "not valid UTF-8");
    }

    @Test
    void utf8ByteOrderMarkIsAccepted() throws ScenarioException {
        byte[] bytes = MiniJson.bytes();
        byte[] withBom = new byte[bytes.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(bytes, 0, withBom, 3, bytes.length);
        ScenarioLoader.load("bom.json", withBom);
    }

    @Test
    void deepNesting() {
        String deepArrays = "[".repeat(100_000);
        assertProblem(() -> ScenarioLoader.load("x.json", utf8(deepArrays)), "$" + "[0]".repeat(64), "nested deeper than 64");
        String deepObjects = "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000);
        assertProblem(() -> ScenarioLoader.load("x.json", utf8(deepObjects)), "$" + ".a".repeat(64), "nested deeper than 64");
        String inside = MINI.replaceFirst("\"defaultSeed\": 42", "\"defaultSeed\": " + "[".repeat(70) + "]".repeat(70));
        assertProblem(() -> ScenarioLoader.load("x.json", utf8(inside)), "$.defaultSeed" + "[0]".repeat(63), "nested deeper");
    }

    @Test
    void nestingWithinTheLimitIsOnlyATypeProblem() {
        String inside = MINI.replaceFirst("\"defaultSeed\": 42", "\"defaultSeed\": " + "[".repeat(60) + "]".repeat(60));
        assertProblem(() -> ScenarioLoader.load("x.json", utf8(inside)), "$.defaultSeed", "whole number");
    }

    @Test
    void hugeContent() {
        byte[] huge = new byte[ScenarioSource.MAX_BYTES + 1];
        Arrays.fill(huge, (byte) ' ');
        assertProblem(() -> ScenarioLoader.load("x.json", huge), "$", "larger than 20 MB");
    }

    @Test
    void hugeFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("huge.json");
        byte[] block = new byte[1 << 20];
        Arrays.fill(block, (byte) ' ');
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int i = 0; i < 21; i++) out.write(block);
        }
        assertProblem(() -> ScenarioLoader.load(file), "$", "larger than 20 MB");
    }

    @Test
    void notJsonOrNotAnObject() {
        assertProblem(() -> ScenarioLoader.load("x.json", utf8("hello")), "$", "invalid JSON");
        assertProblem(() -> ScenarioLoader.load("x.json", utf8("[1, 2]")), "$", "must be a JSON object");
        assertProblem(() -> ScenarioLoader.load("x.json", utf8("\"text\"")), "$", "must be a JSON object");
        assertProblem(() -> ScenarioLoader.load("x.json", utf8("null")), "$", "must be a JSON object");
        assertProblem(() -> ScenarioLoader.load("x.json", utf8(MINI + " {}")), "$", "after the end");
    }

    @Test
    void lenientJsonIsRejected() {
        String nan = MINI.replaceFirst("\"utilisation\": 0.9", "\"utilisation\": NaN");
        assertProblem(() -> ScenarioLoader.load("x.json", utf8(nan)), "$.actors[0].capacities[0].utilisation", "not strict JSON");
        String comment = MINI.replaceFirst("\"defaultSeed\"", "// seed\n\"defaultSeed\"");
        assertProblem(() -> ScenarioLoader.load("x.json", utf8(comment)), "$.calendar", "not strict JSON");
        String trailingComma = MINI.replaceFirst("\"turns\": 8", "\"turns\": 8,");
        assertProblem(() -> ScenarioLoader.load("x.json", utf8(trailingComma)), "$.calendar.turns", "invalid JSON");
    }

    @Test
    void loneSurrogateEscapeInTextIsAProblem() {
        String lone = MINI.replaceFirst("Mini test scenario", "Mini \\\\ud800 scenario");
        assertProblem(() -> ScenarioLoader.load("x.json", utf8(lone)), "$.name.en", "invalid character");
    }

    @Test
    void duplicateKeysAreReported() {
        String twice = MINI.replaceFirst("\"turns\": 8", "\"turns\": 8, \"turns\": 200");
        assertProblem(() -> ScenarioLoader.load("x.json", utf8(twice)), "$.calendar.turns", "duplicate key \"turns\"");
    }

    @Test
    void hugeNumbers() {
        String big = MINI.replaceFirst("\"utilisation\": 0.9", "\"utilisation\": 1e999999999999");
        assertProblem(() -> ScenarioLoader.load("x.json", utf8(big)), "$.actors[0].capacities[0].utilisation", "between 0 and 1, got 1e999999999999");
        String bigTurns = MINI.replaceFirst("\"turns\": 8", "\"turns\": 1e999999999999");
        assertProblem(() -> ScenarioLoader.load("x.json", utf8(bigTurns)), "$.calendar.turns", "whole number");
        String longSeed = MINI.replaceFirst("\"defaultSeed\": 42", "\"defaultSeed\": 99999999999999999999999");
        assertProblem(() -> ScenarioLoader.load("x.json", utf8(longSeed)), "$.defaultSeed", "whole number");
    }

    @Test
    void manyProblemsAreCapped() {
        StringBuilder sb = new StringBuilder("{\"formatVersion\": 1");
        for (int i = 0; i < 2000; i++) sb.append(", \"x").append(i).append("\": 1");
        sb.append('}');
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load("x.json", utf8(sb.toString())));
        assertTrue(e.problems().size() <= Problems.LIMIT + 1);
        assertTrue(e.problems().get(e.problems().size() - 1).message().contains("not listed"));
    }

    /** Replaces random parts of mini.json with values of the wrong type or odd values: never a crash. */
    @Test
    void randomTreeDamageNeverCrashes() {
        Random random = new Random(20251124);
        List<String> paths = new ArrayList<>();
        collectPaths(MiniJson.tree(), "$", paths);
        JsonElement[] odd = {JsonNull.INSTANCE, new JsonPrimitive(""), new JsonPrimitive("*"), new JsonPrimitive(-1),
                new JsonPrimitive(1e300), new JsonPrimitive(true), new JsonArray(), new JsonObject(),
                new JsonPrimitive("ndpr"), new JsonPrimitive("JPN"), new JsonPrimitive(0), new JsonPrimitive(2.5)};
        for (int run = 0; run < 1200; run++) {
            JsonObject tree = MiniJson.tree();
            int damages = 1 + random.nextInt(3);
            for (int d = 0; d < damages; d++) {
                String path = paths.get(random.nextInt(paths.size()));
                try {
                    if (random.nextInt(4) == 0) MiniJson.remove(tree, path);
                    else MiniJson.set(tree, path, odd[random.nextInt(odd.length)].deepCopy());
                } catch (RuntimeException alreadyGone) {
                    // an earlier damage removed the parent
                }
            }
            try {
                MiniJson.load(tree);
            } catch (ScenarioException expected) {
                assertFalse(expected.problems().isEmpty());
                for (Problem p : expected.problems()) {
                    assertFalse(p.message().contains("internal error"), () -> p + "\n" + tree);
                }
            } catch (Throwable t) {
                fail("crashed on " + tree, t);
            }
        }
    }

    /** Flips random bytes of mini.json: never a crash. */
    @Test
    void randomByteDamageNeverCrashes() {
        Random random = new Random(7);
        byte[] original = MiniJson.bytes();
        for (int run = 0; run < 800; run++) {
            byte[] bytes = original.clone();
            for (int d = 0; d < 1 + random.nextInt(4); d++) bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
            try {
                ScenarioLoader.load("damaged.json", bytes);
            } catch (ScenarioException expected) {
                for (Problem p : expected.problems()) assertFalse(p.message().contains("internal error"), p::toString);
            } catch (Throwable t) {
                fail("crashed", t);
            }
        }
    }

    private static void collectPaths(JsonElement e, String path, List<String> out) {
        if (!path.equals("$")) out.add(path);
        if (e.isJsonObject()) {
            for (Map.Entry<String, JsonElement> m : e.getAsJsonObject().entrySet()) {
                if (m.getKey().matches("[A-Za-z_][A-Za-z0-9_]*")) collectPaths(m.getValue(), path + "." + m.getKey(), out);
            }
        } else if (e.isJsonArray()) {
            for (int i = 0; i < e.getAsJsonArray().size(); i++) collectPaths(e.getAsJsonArray().get(i), path + "[" + i + "]", out);
        }
    }
}
