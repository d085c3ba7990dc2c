package chokepoint.ui.app;

import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The hot-seat round through the real window: new game with two human seats on the tiny scenario, hand-off,
 * an order per seat, submit, resolve, the report; then Japanese. Settings and saves go to temporary folders.
 */
class HotSeatGameFxTest extends TinyAppTest {

    private String text(String query) {
        Node n = lookup(query).query();
        return ((Labeled) n).getText();
    }

    private void giveStockpileOrder(String quantity) {
        type(KeyCode.F2);
        WaitForAsyncUtils.waitForFxEvents();
        TabPane tabs = lookup("#seatTabs").queryAs(TabPane.class);
        if (tabs.getSelectionModel().getSelectedIndex() != 1) interact(() -> tabs.getSelectionModel().select(1));
        assertEquals("Buy for stockpile", text("#formTitle"));
        TextField q = lookup("#field-QUANTITY").queryAs(TextField.class);
        interact(() -> q.setText(quantity));
        clickOn("#addOrder");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(text("#pending-0").startsWith("Buy for stockpile: " + quantity + " t"), text("#pending-0"));
    }

    @Test
    void twoHumanSeatsPlayATurnAndReadTheirReports() throws Exception {
        clickOn("#newGame");
        clickOn("#startGame");
        WaitForAsyncUtils.waitForFxEvents();

        // seat 1 (CHN): hand-off, order, submit with Ctrl+Enter
        assertTrue(text("#handoffTitle").contains("CHN"), text("#handoffTitle"));
        assertTrue(lookup("#pendingList").queryAll().isEmpty(), "nothing of any seat behind the hand-off");
        clickOn("#readyButton");
        giveStockpileOrder("20");
        press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        if (lookup("#confirmYes").tryQuery().isEmpty()) clickOn("#submitOrders");
        clickOn("#confirmYes");
        WaitForAsyncUtils.waitForFxEvents();

        // seat 2 (USA): its list does not show seat 1's order
        assertTrue(text("#handoffTitle").contains("USA"), text("#handoffTitle"));
        clickOn("#readyButton");
        type(KeyCode.F2);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lookup("#pending-0").tryQuery().isEmpty(), "seat 2 does not see seat 1's orders");
        giveStockpileOrder("30");
        clickOn("#submitOrders");
        clickOn("#confirmYes");
        WaitForAsyncUtils.waitForFxEvents();

        // all in: resolve
        clickOn("#resolveTurn");
        WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS, () -> lookup("#readyButton").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, app.currentGame().session().game().turnsPlayed());
        assertTrue(text("#handoffTitle").contains("CHN"));
        clickOn("#readyButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(text("#reportTitle").startsWith("Report for CHN"), text("#reportTitle"));
        assertTrue(text("#turnLabel").contains("turn 2"), text("#turnLabel"));
        try (var files = Files.list(temp.resolve("saves"))) {
            assertTrue(files.anyMatch(f -> f.getFileName().toString().startsWith("autosave-")), "autosaved");
        }

        // the map tab hosts the map screen (built when first opened)
        type(KeyCode.F3);
        WaitForAsyncUtils.waitForFxEvents();
        TabPane seatTabs = lookup("#seatTabs").queryAs(TabPane.class);
        assertEquals(2, seatTabs.getSelectionModel().getSelectedIndex());
        assertNotNull(seatTabs.getTabs().get(2).getContent());
        assertFalse(seatTabs.getTabs().get(2).getContent() instanceof Label, "no placeholder");
        type(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();

        // Japanese at runtime
        clickOn("#barSettings");
        ChoiceBox<?> lang = lookup("#settingsLanguage").queryAs(ChoiceBox.class);
        interact(() -> ((ChoiceBox<String>) lang).setValue("ja"));
        WaitForAsyncUtils.waitForFxEvents();
        clickOn("#settingsClose");
        WaitForAsyncUtils.waitForFxEvents();
        TabPane tabs = lookup("#seatTabs").queryAs(TabPane.class);
        Tab report = tabs.getTabs().get(0);
        assertTrue(report.getText().startsWith("報告"), report.getText());
        assertTrue(text("#seatLabel").startsWith("担当"), text("#seatLabel"));
        assertTrue(text("#reportTitle").contains("への報告"), text("#reportTitle"));
        assertTrue(Files.readString(temp.resolve("settings").resolve("settings.json")).contains("\"ja\""));

        // the White Cell console opens on the running game in its own window
        clickOn("#barFacilitator");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lookup("#facilitatorConsole").tryQuery().isPresent(), "facilitator console shown");
    }
}
