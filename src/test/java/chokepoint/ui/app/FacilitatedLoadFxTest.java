package chokepoint.ui.app;

import chokepoint.engine.Game;
import chokepoint.engine.TinyScenario;
import chokepoint.facilitator.Facilitator;
import chokepoint.facilitator.JournalEntry;
import chokepoint.facilitator.io.InjectJson;
import chokepoint.persistence.SaveStore;
import chokepoint.persistence.Seat;
import chokepoint.persistence.SeatSecrets;
import javafx.scene.control.Labeled;
import javafx.scene.control.PasswordField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Continuing an autosave made in facilitator mode (with Japan's seat behind a PIN too): the facilitator password is
 * asked first, a wrong one is asked again, then Japan's PIN; the game comes back with the schedule and journal,
 * and its next autosave is sealed again without asking.
 */
class FacilitatedLoadFxTest extends TinyAppTest {
    private String hash;

    @Override
    public void start(Stage stage) throws Exception {
        Path saves = TestApps.saves(temp);
        Game g = Game.start(TinyScenario.build(), 3);
        g.resolve(Map.of());
        hash = g.hash();
        Facilitator f = new Facilitator(g);
        f.setPassword("white-cell".toCharArray());
        f.schedule().add(3, InjectJson.bundledLibrary().get(0));
        f.journal().write(new JournalEntry(1, "USA", "a quiet start", null));
        new SaveStore(saves, 3, Clock.systemUTC()).autosave(g.state(), List.of(Seat.human("JPN"), Seat.human("USA")),
                SeatSecrets.withIterations(1000).pin("JPN", "2468").facilitatorPassword("white-cell".toCharArray()),
                Map.of(), f.data());
        super.start(stage);
    }

    private void give(String secret) {
        interact(() -> lookup("#handoffPin").queryAs(PasswordField.class).setText(secret));
        clickOn("#readyButton");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theFacilitatorPasswordComesFirstThenThePins() throws Exception {
        clickOn("#continueGame");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(((Labeled) lookup("#handoffTitle").query()).getText().contains("the facilitator"));
        assertEquals("Facilitator password", lookup("#handoffPin").queryAs(PasswordField.class).getPromptText());
        give("black-cell");
        assertEquals("Wrong password. Try again.", ((Labeled) lookup("#handoffWrong").query()).getText());
        assertNull(app.currentGame(), "a wrong password opens nothing");
        give("white-cell");
        assertTrue(((Labeled) lookup("#handoffTitle").query()).getText().contains("JPN"), "then Japan's PIN");
        assertNull(app.currentGame());
        give("2468");
        assertNotNull(app.currentGame());
        var session = app.currentGame().session();
        assertEquals(hash, session.game().hash());
        assertTrue(session.facilitated());
        assertEquals(1, session.facilitator().schedule().entries().size());
        assertEquals("a quiet start", session.facilitator().journal().get(1, "USA").orElseThrow().text());

        // the session saves sealed again with the kept key: no password in the clear, the note not readable
        interact(() -> {
            try {
                SavesUi.vm(app).save(session, "again");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        String again = Files.readString(temp.resolve("saves").resolve("again.json"));
        assertFalse(again.contains("a quiet start") || again.contains("white-cell"));
        assertTrue(again.contains("\"facilitator\""));
    }
}
