package chokepoint.ui.app;

import chokepoint.persistence.SeatSecrets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import static org.junit.jupiter.api.Assertions.*;

/** New game in facilitator mode: the password is asked twice, the game starts with it, the console opens locked. */
class FacilitatorSetupFxTest extends TinyAppTest {
    private void setText(String query, String text) {
        PasswordField f = lookup(query).queryAs(PasswordField.class);
        interact(() -> f.setText(text));
    }

    private String problem() {
        return lookup(".problem").queryAs(Label.class).getText();
    }

    @Test
    void facilitatorModeStartsTheGameWithThePasswordAndTheConsoleAsksForIt() {
        clickOn("#newGame");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lookup("#facPassword1").queryAs(PasswordField.class).isDisabled(), "no password without facilitator mode");
        CheckBox mode = lookup("#facilitatorMode").queryAs(CheckBox.class);
        interact(mode::fire);
        assertEquals("Facilitator mode needs a password of at least 4 characters.", problem());
        assertTrue(lookup("#startGame").query().isDisabled());
        setText("#facPassword1", "white-cell");
        setText("#facPassword2", "white-cel");
        assertEquals("The two facilitator passwords differ.", problem());
        setText("#facPassword2", "white-cell");
        assertFalse(lookup("#startGame").query().isDisabled());

        clickOn("#startGame");
        WaitForAsyncUtils.waitForFxEvents();
        var session = app.currentGame().session();
        assertTrue(session.facilitated());
        assertTrue(session.secrets().protects(SeatSecrets.FACILITATOR), "the key that seals the facilitator's data is kept");
        // the console opened at once, locked
        assertTrue(lookup("#facPassword").tryQuery().isPresent(), "the console asks for the password");
        assertTrue(lookup("#facTabs").tryQuery().isEmpty(), "nothing shown before the password");
        interact(() -> lookup("#facPassword").queryAs(PasswordField.class).setText("black-cell"));
        interact(() -> lookup("#facUnlock").queryButton().fire());
        assertEquals("Wrong password.", lookup("#facPasswordError").queryAs(Label.class).getText());
        assertTrue(lookup("#facTabs").tryQuery().isEmpty());
        interact(() -> lookup("#facPassword").queryAs(PasswordField.class).setText("white-cell"));
        interact(() -> lookup("#facUnlock").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lookup("#facTabs").tryQuery().isPresent(), "the console opens with the password");
    }
}
