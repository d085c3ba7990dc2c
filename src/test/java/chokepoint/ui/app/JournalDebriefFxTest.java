package chokepoint.ui.app;

import chokepoint.facilitator.Expectation;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import static org.junit.jupiter.api.Assertions.*;

/**
 * In a plain hot-seat game a seat notes what it expects under its orders; the other seat does not see it; at the
 * end the debrief shows the note beside what actually happened.
 */
class JournalDebriefFxTest extends TinyAppTest {
    private void ordersTab() {
        TabPane tabs = lookup("#seatTabs").queryAs(TabPane.class);
        interact(() -> tabs.getSelectionModel().select(1));
        TitledPane journal = lookup("#journalToggle").queryAs(TitledPane.class);
        interact(() -> journal.setExpanded(true));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    @Test
    void theFirstSeatsExpectationShowsInTheDebriefBesideWhatHappened() {
        clickOn("#newGame");
        clickOn("#startGame");
        WaitForAsyncUtils.waitForFxEvents();
        GameScreen g = app.currentGame();
        String first = g.flow().currentSeat().actor();
        clickOn("#readyButton");
        ordersTab();
        interact(() -> {
            lookup("#journalText").queryAs(TextArea.class).setText("tension rises after our move");
            ((ComboBox<Expectation.Figure>) lookup("#journalFigure").queryAs(ComboBox.class)).setValue(Expectation.Figure.TENSION);
            ((ComboBox<Expectation.Direction>) lookup("#journalDirection").queryAs(ComboBox.class)).setValue(Expectation.Direction.UP);
        });
        interact(() -> lookup("#journalSave").queryButton().fire());
        assertEquals("Noted.", lookup("#journalSaved").queryAs(Label.class).getText());
        interact(() -> g.flow().submit());
        interact(() -> g.showTab(0));

        // the next seat's journal is its own: empty
        clickOn("#readyButton");
        ordersTab();
        assertEquals("", lookup("#journalText").queryAs(TextArea.class).getText(), "another seat's note is not shown");

        // play to the end without the robot
        interact(() -> {
            while (!g.flow().session().game().isOver()) {
                if (g.flow().phase() == chokepoint.ui.session.HotSeatFlow.Phase.HANDOFF) g.flow().ready("");
                if (g.flow().phase() == chokepoint.ui.session.HotSeatFlow.Phase.SEAT_TURN) g.flow().submit();
                if (g.flow().phase() == chokepoint.ui.session.HotSeatFlow.Phase.ALL_IN) g.flow().resolve();
            }
            g.showTab(0);
        });
        WaitForAsyncUtils.waitForFxEvents();
        TabPane debrief = lookup(n -> n instanceof TabPane t && t.getTabs().stream().anyMatch(x -> "debrief-tab-journal".equals(x.getId())))
                .queryAs(TabPane.class);
        interact(() -> debrief.getSelectionModel().select(debrief.getTabs().stream()
                .filter(x -> "debrief-tab-journal".equals(x.getId())).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        Node grid = lookup("#debrief-journal").query();
        var texts = lookup("#debrief-journal .label").queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertNotNull(grid);
        assertTrue(texts.contains("tension rises after our move"), texts.toString());
        assertTrue(texts.contains("global tension: up"), texts.toString());
        assertTrue(texts.stream().anyMatch(t -> t.endsWith("as expected") || t.endsWith("not as expected")), texts.toString());
        assertTrue(texts.contains(new Names(g.session().game()).actor(first)), texts.toString());
    }
}
