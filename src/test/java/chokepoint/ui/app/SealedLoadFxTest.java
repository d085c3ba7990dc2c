package chokepoint.ui.app;

import chokepoint.engine.Game;
import chokepoint.engine.TinyScenario;
import chokepoint.engine.order.Order;
import chokepoint.persistence.SaveStore;
import chokepoint.persistence.Seat;
import chokepoint.persistence.SeatSecrets;
import javafx.scene.control.Labeled;
import javafx.scene.control.PasswordField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** Continuing an autosave in which Japan's seat is sealed with a PIN: the hand-off asks for it before the game opens. */
class SealedLoadFxTest extends TinyAppTest {
    private String hash;

    @Override
    public void start(Stage stage) throws Exception {
        Path saves = TestApps.saves(temp);
        Game g = Game.start(TinyScenario.build(), 3);
        g.resolve(Map.of());
        hash = g.hash();
        new SaveStore(saves, 3, Clock.systemUTC()).autosave(g.state(), List.of(Seat.human("JPN"), Seat.human("USA")),
                SeatSecrets.withIterations(1000).pin("JPN", "2468"),
                Map.of("JPN", List.of(new Order.BuyStockpile("JPN", "ndpr", "component", 5))));
        super.start(stage);
    }

    @Test
    void theLockedSeatGivesItsPinBeforeTheGameOpens() {
        clickOn("#continueGame");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(((Labeled) lookup("#handoffTitle").query()).getText().contains("JPN"));
        assertNull(app.currentGame(), "no game behind the PIN");
        PasswordField pin = lookup("#handoffPin").queryAs(PasswordField.class);
        interact(() -> pin.setText("1111"));
        clickOn("#readyButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(app.currentGame(), "a wrong PIN opens nothing");
        interact(() -> lookup("#handoffPin").queryAs(PasswordField.class).setText("2468"));
        clickOn("#readyButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(app.currentGame());
        assertEquals(hash, app.currentGame().session().game().hash());
        assertEquals(1, app.currentGame().session().pendingOf("JPN").size());
        assertTrue(app.currentGame().session().pinMatches("JPN", "2468"));
    }
}
