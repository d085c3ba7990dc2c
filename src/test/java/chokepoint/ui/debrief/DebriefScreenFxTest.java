package chokepoint.ui.debrief;

import chokepoint.engine.Game;
import chokepoint.ui.testing.TinyGames;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DebriefScreenFxTest extends ApplicationTest {
    private Game game;
    private DebriefScreen screen;

    @TempDir
    Path dir;

    @Override
    public void start(Stage stage) {
        game = TinyGames.fullGame(TinyGames.mapped());
        screen = new DebriefScreen(game, null);
        stage.setScene(new Scene((Region) screen.view(), 1200, 720));
        stage.show();
    }

    @Test
    void showsTheObjectiveCount() {
        Label summary = lookup("#debrief-objective-summary").queryAs(Label.class);
        assertTrue(summary.getText().contains(Long.toString(screen.model().objectivesMet())), summary.getText());
    }

    @Test
    void exportWritesHtmlWithImagesAndCsv() throws Exception {
        AtomicReference<List<Path>> files = new AtomicReference<>();
        AtomicReference<Exception> error = new AtomicReference<>();
        interact(() -> {
            try {
                files.set(screen.export(dir));
            } catch (Exception e) {
                error.set(e);
            }
        });
        if (error.get() != null) throw error.get();
        assertEquals(3, files.get().size());
        for (Path p : files.get()) assertTrue(Files.size(p) > 100, p + " written");
        String html = Files.readString(dir.resolve(DebriefExporter.HTML));
        assertTrue(html.contains("<section id='map'>"), "map snapshot section");
        assertTrue(html.contains("data:image/png;base64,iVBOR"), "PNG images embedded");
        assertTrue(html.contains("<figure id='chart-leverage'><figcaption>"));
        long rows = Files.readAllLines(dir.resolve(DebriefExporter.FIGURES_CSV)).size();
        assertEquals(game.history().size() * game.scenario().actorCount() * game.scenario().marketCount() + 1, rows);
    }
}
