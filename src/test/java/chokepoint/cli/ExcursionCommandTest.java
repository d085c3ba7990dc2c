package chokepoint.cli;

import chokepoint.engine.Game;
import chokepoint.persistence.Seat;
import chokepoint.persistence.SaveStore;
import chokepoint.persistence.SeatSecrets;
import chokepoint.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static chokepoint.cli.CliTest.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code batch --from SAVE --set ...}: output, CSV, exit codes and error messages, from saves written by SaveStore. */
class ExcursionCommandTest {
    private static final List<Seat> SEATS = List.of(Seat.human("JPN"), Seat.ai("CHN"));

    @TempDir
    Path dir;

    /** A classroom game after 4 turns (4 left), saved through the save store. */
    private Path save(SeatSecrets secrets) throws Exception {
        Game g = Game.start(ScenarioLoader.loadBundled("classroom"), 5);
        for (int t = 0; t < 4; t++) g.resolve(Map.of());
        return new SaveStore(dir).save("class", g.state(), SEATS, secrets, Map.of());
    }

    @Test
    void printsBothArmsAndWritesTheQuantiles() throws Exception {
        Path save = save(SeatSecrets.none());
        Path csv = dir.resolve("out/excursion.csv");
        CliTest.Run r = cli("batch", "--from", save.toString(), "--set", "param.demand_price_elasticity=0.9",
                "--set=event.senkaku_embargo=on", "--runs", "3", "--seed", "1", "--threads", "2", "--out", csv.toString());
        assertEquals(0, r.status(), r.out() + r.err());
        String out = r.out();
        assertTrue(out.startsWith("excursion from class.json: scenario classroom, from 2028 (turn 4 of 8), 3 runs per arm, seeds 1..3"), out);
        assertTrue(out.contains("change: param.demandPriceElasticity = 0.9 (was 0.1)"), out);
        assertTrue(out.contains("change: event.senkaku_embargo = on"), out);
        assertTrue(out.contains("end of game (2032)"), out);
        for (String metric : List.of("score.JPN", "leverage.CHN", "price.ndpr/refining")) {
            assertTrue(out.lines().anyMatch(l -> l.startsWith(metric + " ") && l.contains("[") && l.contains("%")), metric + " in\n" + out);
        }
        List<String> lines = Files.readAllLines(csv);
        assertEquals(chokepoint.analysis.ExcursionCsv.HEADER, lines.get(0));
        assertTrue(lines.get(1).startsWith("score.USA,score,4,2028,3,"), lines.get(1));
        assertEquals(11, lines.get(1).split(",").length);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("leverage.CHN>JPN,leverage_pair,8,2032,3,")));
        assertTrue(out.contains("quantiles per turn: " + csv), out);
    }

    @Test
    void badKeysAndValuesAreListedWithTheFileAndExit2() throws Exception {
        Path save = save(SeatSecrets.none());
        CliTest.Run r = cli("batch", "--from", save.toString(), "--set", "param.demandPriceElasticity=7", "--set", "event.nope=off",
                "--set", "style.JPN=hawkish", "--runs", "2");
        assertEquals(2, r.status(), r.out() + r.err());
        assertTrue(r.err().contains("class.json: param.demandPriceElasticity: 7 is outside the range 0..1"), r.err());
        assertTrue(r.err().contains("class.json: event.nope: no event \"nope\" in scenario classroom"), r.err());
        assertFalse(r.err().contains("style.JPN"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace");
    }

    @Test
    void sealedSavesAndWrongUsageAreRefusedClearly() throws Exception {
        Path sealed = save(SeatSecrets.withIterations(1000).pin("JPN", "4711"));
        CliTest.Run s = cli("batch", "--from", sealed.toString(), "--set", "style.CHN=hawkish", "--runs", "2");
        assertEquals(2, s.status(), s.out() + s.err());
        assertTrue(s.err().contains("class.json: $.sealed: the seats JPN keep their data sealed with a PIN"), s.err());

        Path save = save(SeatSecrets.none());
        CliTest.Run noSet = cli("batch", "--from", save.toString(), "--runs", "2");
        assertEquals(1, noSet.status());
        assertTrue(noSet.err().contains("an excursion needs at least one --set KEY=VALUE"), noSet.err());
        CliTest.Run noRuns = cli("batch", "--from", save.toString(), "--set", "style.CHN=hawkish");
        assertEquals(1, noRuns.status());
        assertTrue(noRuns.err().contains("--runs"), noRuns.err());
        CliTest.Run badAi = cli("batch", "--from", save.toString(), "--set", "style.CHN=hawkish", "--runs", "1", "--ai", "genius");
        assertEquals(1, badAi.status());
        assertTrue(badAi.err().contains("--ai for an excursion is baseline or strong"), badAi.err());
        CliTest.Run scenarioToo = cli("batch", "--from", save.toString(), "--scenario", "classroom", "--set", "style.CHN=hawkish", "--runs", "1");
        assertEquals(1, scenarioToo.status());
        assertTrue(scenarioToo.err().contains("unknown option --scenario"), scenarioToo.err());
        CliTest.Run missing = cli("batch", "--from", dir.resolve("nope.json").toString(), "--set", "style.CHN=hawkish", "--runs", "1");
        assertEquals(2, missing.status(), missing.err());
        assertTrue(missing.err().startsWith("nope.json"), missing.err());
    }
}
