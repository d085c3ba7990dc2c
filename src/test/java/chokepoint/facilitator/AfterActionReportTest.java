package chokepoint.facilitator;

import chokepoint.ai.Reason;
import chokepoint.engine.Game;
import chokepoint.engine.scenario.ParameterKey;
import chokepoint.facilitator.io.InjectJson;
import chokepoint.facilitator.report.AfterActionReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;

class AfterActionReportTest {

    private static Facilitator playedExercise() throws Exception {
        Facilitator f = new Facilitator(Game.start(Fixtures.scenario2025(), 9));
        List<Inject> library = InjectJson.bundledLibrary();
        f.schedule().add(3, library.stream().filter(i -> i.id().equals("pla_exercise_taiwan")).findFirst().orElseThrow());
        f.journal().write(new JournalEntry(1, "JPN", "Survey money well spent", Expectation.gdp("JPN", Expectation.Direction.SAME)));
        f.journal().write(new JournalEntry(2, "CHN", "Licence squeezes the US", Expectation.leverage("CHN", "USA", Expectation.Direction.UP)));
        f.recordReasons("USA", List.of(Reason.plain("summit to keep Australia close")));
        Fixtures.play(f, 2);
        f.injectNow(library.stream().filter(i -> i.id().equals("qatar_helium_outage")).findFirst().orElseThrow());
        f.setParameter(ParameterKey.PRICE_ADJUST_SPEED, 0.6, "white cell: faster markets");
        Fixtures.play(f, 3);
        return f;
    }

    @Test
    void htmlHasEverySectionAndTheFigures(@TempDir Path dir) throws Exception {
        Facilitator f = playedExercise();
        AfterActionReport.Written w = AfterActionReport.of(f).write(dir);
        String html = Files.readString(w.html(), StandardCharsets.UTF_8);
        for (String id : List.of("summary", "timeline", "charts", "maps", "objectives", "decisions", "injects", "log")) {
            assertTrue(html.contains("<section id=\"" + id + "\">"), id);
        }
        assertTrue(html.contains("<svg"), "inline SVG charts");
        assertEquals(3, html.split("<svg", -1).length - 1, "leverage, prices, GDP");
        assertTrue(html.contains("Helium plant outage in Qatar"), "inject in timeline and inject list");
        assertTrue(html.contains("PLA exercise around Taiwan"), "scheduled inject");
        assertTrue(html.contains("DATA §14"), "inject source");
        assertTrue(html.contains("parameter priceAdjustSpeed changed from 0.5 to 0.6 (white cell: faster markets)"), "facilitator edit log, worded");
        assertTrue(html.contains("Licence squeezes the US"), "journal expectation");
        assertTrue(html.contains("summit to keep Australia close"), "AI reasons");
        assertTrue(html.contains("Buy for stockpile: "), "orders per seat, in words");
        assertFalse(html.contains("commodity="), "no raw order fields");
        assertTrue(html.contains(f.game().history().get(5).label), "turn labels");
        assertTrue(html.contains("met") || html.contains("missed"), "objectives judged");
        assertFalse(html.contains("!aar."), "every string key resolves");
        assertFalse(html.contains("<script"), "self-contained, no scripts");
        assertFalse(html.contains("http://") && html.contains("<link"), "no external resources");

        String csv = Files.readString(w.csv(), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("turn,label,figure,actor,other,commodity,stage,value\n"));
        int m = f.game().scenario().marketIndex("ndpr", "refining");
        double price = f.game().history().get(4).price[m];
        assertTrue(csv.contains("4," + f.game().history().get(4).label + ",price,,,ndpr,refining," + price), "exact price in CSV");
        assertTrue(csv.contains(",leverage,CHN,USA,,,"));
        assertTrue(csv.contains(",stock,JPN,,ndpr,refining,"));
    }

    @Test
    void japaneseReportAndMapSnapshots() throws Exception {
        Facilitator f = playedExercise();
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3};
        AfterActionReport r = AfterActionReport.of(f).language("ja").snapshots(t -> Optional.of(png));
        String html = r.html();
        assertTrue(html.contains("事後検証レポート"));
        assertTrue(html.contains("カタールのヘリウム工場が停止"), "Japanese inject title");
        assertTrue(html.contains("lang=\"ja\""));
        assertTrue(html.contains("パラメーター priceAdjustSpeed を 0.5 から 0.6 に変更"), "the log in Japanese");
        assertFalse(html.contains("!aar."));
        assertTrue(r.keyTurns().contains(0) && r.keyTurns().contains(5));
        assertEquals(r.keyTurns().size(), html.split("data:image/png;base64,", -1).length - 1, "one map per key turn");
    }

    @Test
    void headlessReportWithoutFacilitatorOrSnapshots() {
        Game g = Game.start(Fixtures.scenario2025(), 2);
        g.resolve(java.util.Map.of());
        String html = AfterActionReport.of(g).html();
        assertTrue(html.contains("No map snapshots were given"));
    }
}
