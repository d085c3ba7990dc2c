package chokepoint.cli;

import chokepoint.engine.Game;
import chokepoint.engine.TinyScenario;
import chokepoint.persistence.SaveFile;
import chokepoint.persistence.SaveMeta;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class CliTest {
    static final String MINI = "src/test/resources/scenarios/mini.json";

    @TempDir
    Path dir;

    record Run(int status, String out, String err) {}

    static Run cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static String finalHash(Run r) {
        for (String line : r.out().split("\n")) if (line.startsWith("final hash ")) return line.substring(11).trim();
        throw new AssertionError("no final hash in\n" + r.out() + r.err());
    }

    Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    Path tinySave() throws Exception {
        Game g = Game.start(TinyScenario.build(), 4);
        for (int i = 0; i < 3; i++) g.resolve(Map.of());
        Path p = dir.resolve("game.json");
        Files.write(p, SaveFile.toBytes(g.state(), SaveMeta.of(g.state(), "t", null), Instant.parse("2026-11-24T08:00:00Z")));
        return p;
    }

    @Test
    void validateExitCodes() throws Exception {
        Path save = tinySave();
        Run ok = cli("validate", save.toString());
        assertEquals(0, ok.status(), ok.out() + ok.err());
        assertTrue(ok.out().contains("valid"), ok.out());
        assertEquals(0, cli("validate", MINI).status());
        Path orders = write("orders.json", "{\"formatVersion\":1,\"turns\":{\"1\":{\"CHN\":[{\"type\":\"HoldSummit\",\"target\":\"JPN\"}]}}}");
        assertEquals(0, cli("validate", orders.toString()).status());
        assertEquals(0, cli("validate", orders.toString(), "--scenario", MINI).status());

        byte[] bytes = Files.readAllBytes(save);
        Path cut = dir.resolve("cut.json");
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length - 100));
        Run bad = cli("validate", cut.toString());
        assertEquals(2, bad.status());
        assertTrue(bad.out().startsWith("cut.json: $"), bad.out());
        assertFalse((bad.out() + bad.err()).contains("\tat "), "no stack trace");

        Path badOrders = write("bad-orders.json", "{\"formatVersion\":1,\"turns\":{\"1\":{\"CHN\":[{\"type\":\"Nope\"},{\"type\":\"HoldSummit\"}]}}}");
        Run bo = cli("validate", badOrders.toString());
        assertEquals(2, bo.status());
        assertTrue(bo.out().contains("bad-orders.json: $.turns.1.CHN[0].type: unknown order type"), bo.out());
        assertTrue(bo.out().contains("bad-orders.json: $.turns.1.CHN[1].target: missing field"), bo.out());
        Path wrongActor = write("wa.json", "{\"formatVersion\":1,\"turns\":{\"1\":{\"XXX\":[]}}}");
        assertEquals(2, cli("validate", wrongActor.toString(), "--scenario", MINI).status());

        Path badScenario = write("scen.json", "{\"formatVersion\":1,\"id\":\"x\",\"actors\":[]}");
        Run bs = cli("validate", badScenario.toString());
        assertEquals(2, bs.status());
        assertTrue(bs.out().contains("scen.json: $"), bs.out());

        assertEquals(2, cli("validate", write("other.json", "{\"hello\":1}").toString()).status());
        assertEquals(2, cli("validate", write("empty.json", "").toString()).status());
        assertEquals(2, cli("validate", dir.resolve("missing.json").toString()).status());
        assertEquals(2, cli("validate", dir.toString()).status());
        assertEquals(1, cli("validate").status());
        assertEquals(1, cli("validate", "a", "b").status());
        assertEquals(1, cli("frobnicate").status());
        assertEquals(0, cli().status());
    }

    @Test
    void playTwiceGivesTheSameFinalHash() throws Exception {
        Run a = cli("play", "--scenario", MINI, "--seed", "7");
        Run b = cli("play", "--scenario", MINI, "--seed", "7");
        assertEquals(0, a.status(), a.err());
        assertEquals(finalHash(a), finalHash(b));
        Run c = cli("play", "--scenario", MINI, "--seed", "8", "--turns", "3");
        assertEquals(0, c.status(), c.err());
        assertTrue(c.out().contains("3 of 8 turns"), c.out());
    }

    @Test
    void playWithOrdersWritesReportAndSave() throws Exception {
        Path orders = write("orders.json", """
                {"formatVersion":1, "turns": {"1": {"CHN": [ {"type":"ImposeExportControl", "commodity":"ndpr", "stage":"refining",
                  "mode":"BAN", "target":{"kind":"ACTORS","actors":["JPN"]}} ]}}}
                """);
        Path report = dir.resolve("out/report.json");
        Path save = dir.resolve("game.json");
        Run r = cli("play", "--scenario", MINI, "--seed", "1", "--orders", orders.toString(), "--out", report.toString(),
                "--save", save.toString(), "--ai", "none");
        assertEquals(0, r.status(), r.out() + r.err());
        Run plain = cli("play", "--scenario", MINI, "--seed", "1");
        assertNotEquals(finalHash(plain), finalHash(r), "the scripted ban changes the game");

        JsonObject rep = JsonParser.parseString(Files.readString(report)).getAsJsonObject();
        assertEquals("mini", rep.getAsJsonObject("meta").get("scenario").getAsString());
        assertEquals(finalHash(r), rep.getAsJsonObject("meta").get("finalHash").getAsString());
        var turns = rep.getAsJsonArray("turns");
        assertEquals(9, turns.size());
        JsonObject t1 = turns.get(1).getAsJsonObject();
        for (String k : new String[] {"turn", "label", "stateHash", "tension", "events", "news", "prices", "outsidePrices", "actors", "leverage"}) {
            assertTrue(t1.has(k), k);
        }
        assertTrue(t1.getAsJsonArray("news").toString().contains("news.control.imposed"), t1.getAsJsonArray("news").toString());
        assertTrue(t1.getAsJsonArray("news").toString().contains("imposed an export ban on"), t1.getAsJsonArray("news").toString());
        JsonObject jpn = t1.getAsJsonObject("actors").getAsJsonObject("JPN");
        for (String k : new String[] {"gdpIndex", "budget", "score", "exportRevenue", "objectives", "markets"}) assertTrue(jpn.has(k), k);
        assertTrue(t1.getAsJsonObject("leverage").getAsJsonObject("matrix").has("CHN"));

        Run v = cli("replay", save.toString());
        assertEquals(0, v.status(), v.out() + v.err());
        assertEquals(finalHash(r), SaveFile.read(save).game().hash());
    }

    @Test
    void badInputsToPlay() throws Exception {
        assertEquals(1, cli("play").status());
        assertEquals(1, cli("play", "--scenario", MINI, "--seed", "x").status());
        assertEquals(1, cli("play", "--scenario", MINI, "--bogus", "1").status());
        assertEquals(1, cli("play", "--scenario", MINI, "--ai", "genius").status());
        Run missing = cli("play", "--scenario", "no-such-scenario");
        assertEquals(2, missing.status());
        Path badOrders = write("o.json", "{\"formatVersion\":1,\"turns\":{\"1\":{\"XXX\":[]}}}");
        Run bo = cli("play", "--scenario", MINI, "--orders", badOrders.toString());
        assertEquals(2, bo.status());
        assertTrue(bo.err().contains("unknown actor id"), bo.err());
        Run baseline = cli("play", "--scenario", MINI, "--turns", "1", "--ai", "baseline");
        assertEquals(0, baseline.status());
    }

    @Test
    void batchDoesNotDependOnThreads() throws Exception {
        Path one = dir.resolve("one.csv");
        Path two = dir.resolve("two.csv");
        Run a = cli("batch", "--scenario", MINI, "--runs", "6", "--seed", "10", "--threads", "1", "--out", one.toString());
        Run b = cli("batch", "--scenario", MINI, "--runs", "6", "--seed", "10", "--threads", "2", "--out", two.toString());
        assertEquals(0, a.status(), a.err());
        assertEquals(0, b.status(), b.err());
        assertTrue(b.out().contains("games/s"), b.out());
        String csv = Files.readString(one);
        assertEquals(csv, Files.readString(two));
        String[] lines = csv.split("\n");
        assertEquals(7, lines.length);
        assertTrue(lines[0].startsWith("seed,turns,final_hash,events,score_"), lines[0]);
        assertTrue(lines[0].contains("chn_share_ndpr_refining"), lines[0]);
        for (int i = 1; i < lines.length; i++) assertTrue(lines[i].startsWith((9 + i) + ","), lines[i]);
        // a row's hash is the hash of playing that seed alone
        Run single = cli("play", "--scenario", MINI, "--seed", "12");
        assertEquals(finalHash(single), lines[3].split(",")[2]);
    }

    @Test
    void benchPrintsEveryFigureAgainstItsTarget() {
        chokepoint.app.CliAiPlugin.register();
        Run r = cli("bench", "--scenario", MINI, "--games", "4", "--threads", "2");
        assertEquals(0, r.status(), r.out() + r.err());
        for (String figure : new String[] {"resolve one turn", "baseline AI decision per seat", "strong AI decision per seat",
                "all-AI game, baseline AI", "batch throughput"}) {
            assertTrue(r.out().lines().anyMatch(l -> l.startsWith(figure) && l.contains("target") && (l.endsWith("MET") || l.endsWith("MISSED"))),
                    figure + " in\n" + r.out());
        }
        assertTrue(r.out().contains("(4 games in "), r.out());
        assertTrue(r.out().contains("targets met: "), r.out());

        assertEquals(1, cli("bench", "--games", "0").status());
        assertEquals(1, cli("bench", "--threads", "x").status());
        assertEquals(1, cli("bench", "--runs", "5").status());
        assertEquals(1, cli("bench", "extra").status());
        assertEquals(2, cli("bench", "--scenario", "no-such-scenario", "--games", "1").status());
    }
}
