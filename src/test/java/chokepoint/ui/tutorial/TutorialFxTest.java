package chokepoint.ui.tutorial;

import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The tutorial through the real window: the main menu's Tutorial button, then the first three steps done with
 * clicks and keys (map tab and lens and country, a stockpile order, an R&D project), the step counter advancing.
 */
class TutorialFxTest extends TutorialWindowTest {
    @Override
    protected String[] args() {
        return new String[0];
    }

    /** Opens a combo box and clicks the entry with this text. */
    private void choose(String comboId, String entry) {
        clickOn(comboId);
        WaitForAsyncUtils.waitForFxEvents();
        Node cell = lookup(".list-cell").match(n -> n instanceof ListCell<?> c && entry.equals(c.getText())).query();
        clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void startsFromTheMenuAndTheFirstStepsUnlockWhenDone() throws Exception {
        clickOn("#tutorial");
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(app.currentGame());
        assertNotNull(app.currentGame().tutorial());
        assertEquals(1, app.currentGame().session().humanSeats().size());
        assertTrue(lookup("#handoffTitle").tryQuery().isEmpty(), "no hand-off in the tutorial");
        assertTrue(text("#tutorialProgress").contains("Step 1 of 7"), text("#tutorialProgress"));
        assertEquals("What is leverage?", text("#tutorialTitle"));
        assertFalse(nextEnabled());

        // step 1: map tab, lens "Others' leverage over me", China selected
        type(KeyCode.F3);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, lookup("#seatTabs").queryAs(TabPane.class).getSelectionModel().getSelectedIndex());
        assertFalse(nextEnabled());
        choose("#mapscreen-lens", "Others' leverage over me");
        assertFalse(nextEnabled(), "no other country selected yet");
        choose("#mapscreen-actor", "CHN");
        assertTrue(nextEnabled());
        assertTrue(text("#tutorialStatus").startsWith("✓"), text("#tutorialStatus"));
        clickOn("#tutorialNext");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(text("#tutorialProgress").contains("Step 2 of 7"), text("#tutorialProgress"));
        assertEquals("Buy a stockpile", text("#tutorialTitle"));
        assertFalse(nextEnabled());

        // step 2: a stockpile order in the Orders tab
        type(KeyCode.F2);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Buy for stockpile", text("#formTitle"));
        doubleClickOn("#field-QUANTITY").write("20");
        clickOn("#addOrder");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lookup("#pending-0").tryQuery().isPresent(), "order added");
        assertTrue(nextEnabled());
        clickOn("#tutorialNext");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(text("#tutorialProgress").contains("Step 3 of 7"), text("#tutorialProgress"));

        // step 3: an R&D project
        Node research = lookup(".list-cell").match(n -> n instanceof ListCell<?> c && c.getText() != null
                && c.getText().contains("Start R&D project")).query();
        clickOn(research);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Start R&D project", text("#formTitle"));
        clickOn("#addOrder");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(nextEnabled(), "research order pending");
        clickOn("#tutorialNext");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(text("#tutorialProgress").contains("Step 4 of 7"), text("#tutorialProgress"));

        // Back works and the tutorial can be left
        clickOn("#tutorialBack");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(text("#tutorialProgress").contains("Step 3 of 7"));
        assertTrue(nextEnabled(), "done steps stay done");
        clickOn("#tutorialExit");
        clickOn("#confirmYes");
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(app.currentGame());
        assertTrue(lookup("#tutorial").tryQuery().isPresent(), "back at the main menu");
        try (var files = Files.list(temp.resolve("saves"))) {
            assertEquals(0, files.count(), "the tutorial saves nothing");
        }
    }
}
