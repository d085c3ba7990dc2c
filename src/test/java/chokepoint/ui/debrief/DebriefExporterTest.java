package chokepoint.ui.debrief;

import chokepoint.engine.Game;
import chokepoint.engine.scenario.Scenario;
import chokepoint.ui.common.I18n;
import chokepoint.ui.testing.TinyGames;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DebriefExporterTest {
    private final Scenario sc = TinyGames.mapped();
    private final Game game = TinyGames.fullGame(sc);
    private final DebriefModel model = new DebriefModel(game);

    @AfterEach
    void english() {
        I18n.setLocale(I18n.ENGLISH);
    }

    @Test
    void htmlHasTheSectionsAndFigures() {
        String html = new DebriefExporter(model).html();
        for (String id : List.of("objectives", "ranking", "turning-points", "charts", "figures")) {
            assertTrue(html.contains("<section id='" + id + "'>"), "section " + id);
        }
        assertTrue(html.contains("<svg"), "charts drawn as SVG without rendered images");
        assertTrue(html.contains("Diversify"), "objective text");
        assertTrue(html.contains(model.objectivesMet() + " objectives met, " + model.objectivesMissed() + " missed"));
        assertTrue(html.contains("Q4 2026"), "last turn label");
        assertFalse(html.contains("!debrief."), "no missing keys");
        assertFalse(html.contains("!mapscreen.") || html.contains("!timeline."), "no missing keys");
        assertFalse(html.contains("<img"), "no map image without a rendering");
    }

    @Test
    void theJournalIsExportedBesideWhatHappened() {
        DebriefExporter ex = new DebriefExporter(model);
        assertFalse(ex.html().contains("<section id='journal'>"), "no journal, no section");
        chokepoint.facilitator.DecisionJournal j = new chokepoint.facilitator.DecisionJournal();
        j.write(new chokepoint.facilitator.JournalEntry(2, "JPN", "magnets will get dear & scarce", chokepoint.facilitator.Expectation.price(
                "ndpr", "refining", chokepoint.facilitator.Expectation.Direction.UP)));
        j.write(new chokepoint.facilitator.JournalEntry(3, "CHN", "hold the line", null));
        ex.setJournal(j);
        String html = ex.html();
        assertTrue(html.contains("<section id='journal'><h2>Expected vs actual</h2>"), html);
        assertTrue(html.contains("magnets will get dear &amp; scarce"), "the note, escaped");
        assertTrue(html.contains("hold the line"));
        assertTrue(html.indexOf("magnets will") < html.indexOf("hold the line") == (sc.actorIndex("JPN") < sc.actorIndex("CHN")),
                "seats in scenario order");
        assertFalse(html.contains("!debrief."), "no missing keys");
        I18n.setLocale(I18n.JAPANESE);
        String ja = ex.html();
        assertTrue(ja.contains("<section id='journal'>") && !ja.contains("Expected vs actual"), "section title in Japanese");
        assertFalse(ja.contains("!debrief."), "no missing keys");
    }

    @Test
    void renderedImagesAreEmbedded() {
        DebriefExporter ex = new DebriefExporter(model);
        ex.setImages(Map.of("map", new byte[] {1, 2, 3}, "leverage", new byte[] {4}));
        String html = ex.html();
        assertTrue(html.contains("<section id='map'>"));
        assertTrue(html.contains("data:image/png;base64,AQID"));
        assertTrue(html.contains("data:image/png;base64,BA=="));
    }

    @Test
    void japaneseHtml() {
        I18n.setLocale(I18n.JAPANESE);
        String html = new DebriefExporter(model).html();
        assertTrue(html.contains("lang='ja'"));
        assertTrue(html.contains("振り返り"));
        assertTrue(html.contains("Diversify（日本語）"), "scenario text in Japanese");
        assertFalse(html.contains("!debrief."));
    }

    @Test
    void csvHasOneRowPerTurnActorAndMarket(@TempDir Path dir) throws Exception {
        List<Path> files = new DebriefExporter(model).export(dir);
        assertEquals(3, files.size());
        List<String> rows = Files.readAllLines(dir.resolve(DebriefExporter.FIGURES_CSV), StandardCharsets.UTF_8);
        int expected = game.history().size() * sc.actorCount() * sc.marketCount();
        assertEquals(expected + 1, rows.size());
        assertTrue(rows.get(0).startsWith("\uFEFFturn,label,actor"));
        String header = rows.get(0);
        int cols = header.split(",", -1).length;
        for (String r : rows) assertEquals(cols, r.split(",", -1).length, r);
        List<String> lev = Files.readAllLines(dir.resolve(DebriefExporter.LEVERAGE_CSV), StandardCharsets.UTF_8);
        assertEquals(game.history().size() * sc.actorCount() * (sc.actorCount() - 1) + 1, lev.size());
        assertTrue(Files.readString(dir.resolve(DebriefExporter.HTML)).contains("</html>"));
    }
}
