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

    @Test
    void aFacilitatorProtectedSaveOpensWithThePasswordAndKeepsSeatStylesAndScheduledInjects() throws Exception {
        Game g = Game.start(ScenarioLoader.loadBundled("classroom"), 5);
        for (int t = 0; t < 4; t++) g.resolve(Map.of());
        chokepoint.facilitator.Facilitator f = new chokepoint.facilitator.Facilitator(g);
        f.setPassword("white-cell".toCharArray());
        var card = g.scenario().events().stream().filter(e -> e.id().equals("senkaku_embargo")).findFirst().orElseThrow();
        f.schedule().add(6, chokepoint.facilitator.Inject.fromEvent(card));
        f.schedule().add(2, chokepoint.facilitator.Inject.fromEvent(card));   // in the past: not played again
        List<Seat> seats = List.of(Seat.human("JPN"), new Seat("CHN", false, "", "HAWKISH", 1));
        Path save = new SaveStore(dir).save("exercise", g.state(), seats,
                SeatSecrets.withIterations(1000).facilitatorPassword("white-cell".toCharArray()), Map.of(), f.data());
        String[] args = {"--from", save.toString(), "--set", "param.demand_price_elasticity=0.3", "--runs", "2", "--threads", "1"};

        CliTest.Run refused = cli(concat("batch", args));   // tests have no terminal and no password variable
        assertEquals(2, refused.status(), refused.out() + refused.err());
        assertTrue(refused.err().contains("exercise.json: $.facilitator: the facilitator's data (inject schedule, decision "
                + "journal, AI reasons) is sealed with the facilitator password: set CHOKEPOINT_FACILITATOR_PASSWORD"), refused.err());

        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.PrintStream ps = new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8);
        var wrong = new chokepoint.persistence.ToolSaveOpener(name -> "guess", () -> null);
        Cli.Invalid bad = org.junit.jupiter.api.Assertions.assertThrows(Cli.Invalid.class,
                () -> ExcursionCommand.run(List.of(args), ps, ps, wrong));
        assertEquals("exercise.json: $.facilitator: wrong facilitator password", bad.getMessage());

        var right = new chokepoint.persistence.ToolSaveOpener(
                name -> chokepoint.persistence.ToolSaveOpener.PASSWORD_VARIABLE.equals(name) ? "white-cell" : null, () -> null);
        assertEquals(0, ExcursionCommand.run(List.of(args), ps, ps, right));
        String text = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(text.contains("AI seats as saved: CHN hawkish; other seats play their default style"), text);
        assertTrue(text.contains("scheduled inject in both arms: sch-s1-senkaku_embargo at turn 6"), text);
        assertFalse(text.contains("sch-s2-"), "the inject scheduled for turn 2 is in the past: " + text);
        // a terminal prompt works as well as the variable
        var prompted = new chokepoint.persistence.ToolSaveOpener(name -> null, "white-cell"::toCharArray);
        assertEquals(0, ExcursionCommand.run(List.of(args), ps, ps, prompted));
    }

    @Test
    void aHeadlessSaveChoseNoSeatStylesSoEverySeatPlaysItsRoleDefault() throws Exception {
        Path save = dir.resolve("headless.json");
        assertEquals(0, cli("play", "--scenario", "classroom", "--seed", "5", "--turns", "4", "--save", save.toString()).status());
        CliTest.Run r = cli("batch", "--from", save.toString(), "--set", "style.CHN=hawkish", "--runs", "2", "--threads", "1");
        assertEquals(0, r.status(), r.err());
        assertFalse(r.out().contains("AI seats as saved"), "producers stay cooperative, not the save's placeholder: " + r.out());
    }

    @Test
    void aarWritesTheReportOfASave() throws Exception {
        Path save = save(SeatSecrets.none());
        Path out = dir.resolve("report");
        CliTest.Run r = cli("aar", save.toString(), "--lang", "ja", "--out", out.toString());
        assertEquals(0, r.status(), r.out() + r.err());
        assertTrue(r.out().startsWith("wrote "), r.out());
        String html = Files.readString(out.resolve("after-action-report.html"));
        assertTrue(html.contains("lang=\"ja\""), html.substring(0, Math.min(300, html.length())));
        assertTrue(Files.size(out.resolve("after-action-figures.csv")) > 1000);
        CliTest.Run badLang = cli("aar", save.toString(), "--lang", "fr");
        assertEquals(1, badLang.status());
        assertTrue(badLang.err().contains("--lang is en or ja"), badLang.err());
        CliTest.Run missing = cli("aar", dir.resolve("nope.json").toString());
        assertEquals(2, missing.status());
        assertTrue(missing.err().startsWith("nope.json"), missing.err());
    }

    private static String[] concat(String first, String[] rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
