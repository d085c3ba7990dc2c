package chokepoint.ui.tutorial;

import chokepoint.ui.mapscreen.MapLens;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The tutorial's later steps in the real window, in Japanese: an export control or tariff, submitting and
 * resolving the turn, choosing a turn on the timeline, and Finish back to the menu. Steps 1-3 are done through
 * the view model here (TutorialFxTest clicks through them).
 */
class TutorialFullRunFxTest extends TutorialWindowTest {
    @Override
    protected String[] args() {
        return new String[] {"--lang", "ja"};
    }

    @Test
    void laterStepsInJapanese() throws Exception {
        clickOn("#tutorial");
        WaitForAsyncUtils.waitForFxEvents();
        TutorialViewModel vm = app.currentGame().tutorial();
        assertEquals("影響力とは？", text("#tutorialTitle"));
        assertTrue(text("#tutorialProgress").contains("ステップ 1/7"), text("#tutorialProgress"));
        int chn = vm.session().game().scenario().actorIndex("CHN");
        interact(() -> {
            vm.tabShown(TutorialViewModel.TAB_MAP);
            vm.mapShown(MapLens.LEVERAGE_OVER_SEAT, chn);
        });
        next();
        assertEquals("備蓄を買ってみよう", text("#tutorialTitle"));
        interact(() -> {
            vm.session().pendingOf("JPN").add(new chokepoint.engine.order.Order.BuyStockpile("JPN", "ndpr", "refining", 10));
            vm.refresh();
        });
        next();
        interact(() -> {
            vm.session().pendingOf("JPN").add(new chokepoint.engine.order.Order.StartResearch("JPN", "recycling"));
            vm.refresh();
        });
        next();

        // step 4: a tariff through the orders form
        assertEquals("輸出規制を使ってみよう", text("#tutorialTitle"));
        type(KeyCode.F2);
        WaitForAsyncUtils.waitForFxEvents();
        Node tariff = lookup(".list-cell").match(n -> n instanceof ListCell<?> c && c.getText() != null
                && c.getText().trim().equals("関税")).query();
        clickOn(tariff);
        WaitForAsyncUtils.waitForFxEvents();
        doubleClickOn("#field-RATE_PERCENT").write("10");
        clickOn("#addOrder");
        WaitForAsyncUtils.waitForFxEvents();
        next();

        // step 5: submit, resolve, the report
        assertEquals("ターンを終えよう", text("#tutorialTitle"));
        assertFalse(nextEnabled());
        clickOn("#submitOrders");
        clickOn("#confirmYes");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lookup("#tutorialPanel").tryQuery().isPresent(), "the panel stays on the all-in screen");
        clickOn("#resolveTurn");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("#reportTitle").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, vm.session().game().turnsPlayed());
        assertTrue(lookup("#handoffTitle").tryQuery().isEmpty());
        next();

        // step 6: a turn on the timeline
        assertEquals("年表を読もう", text("#tutorialTitle"));
        type(KeyCode.F4);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(nextEnabled());
        clickOn("#turn-0");
        WaitForAsyncUtils.waitForFxEvents();
        next();

        // step 7: finish
        assertEquals("おつかれさまでした！", text("#tutorialTitle"));
        assertEquals("終了", text("#tutorialNext"));
        clickOn("#tutorialNext");
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(app.currentGame());
        assertTrue(lookup("#tutorial").tryQuery().isPresent(), "back at the main menu");
    }
}
