package chokepoint.ui.facilitator;

import chokepoint.analysis.Assumptions;
import chokepoint.analysis.Metric;
import chokepoint.engine.Game;
import chokepoint.facilitator.Facilitator;
import chokepoint.scenario.ScenarioLoader;
import chokepoint.ui.common.I18n;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Spinner;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The excursion tab of the White Cell console: pick a change, run a small excursion (classroom, 3 turns left, a few
 * runs) off the FX thread, and find both fans in the chart; switch the metric; cancel a long one.
 */
class ExcursionPaneFxTest extends ApplicationTest {
    private Facilitator f;
    private FacilitatorConsole console;

    @Override
    public void start(Stage stage) throws Exception {
        I18n.setLocale(I18n.ENGLISH);
        Game g = Game.start(ScenarioLoader.loadBundled("classroom"), 2);
        for (int t = 0; t < 5; t++) g.resolve(Map.of());
        f = new Facilitator(g);
        console = new FacilitatorConsole(f, null);
        stage.setScene(new Scene(console.view(), 1280, 720));
        stage.show();
    }

    @AfterEach
    void english() {
        interact(() -> I18n.setLocale(I18n.ENGLISH));
    }

    private void openTab() {
        TabPane tabs = lookup("#facTabs").queryAs(TabPane.class);
        interact(() -> tabs.getTabs().stream().filter(t -> "facTabExcursions".equals(t.getId())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private <T> ComboBox<T> combo(String id) {
        return lookup(id).queryAs(ComboBox.class);
    }

    @SuppressWarnings("unchecked")
    private void setRuns(int n) {
        Spinner<Integer> runs = lookup("#excRuns").queryAs(Spinner.class);
        interact(() -> runs.getValueFactory().setValue(n));
    }

    private String status() {
        return lookup("#excStatus").queryAs(Label.class).getText();
    }

    @Test
    void runsAnExcursionAndDrawsBothFans() throws Exception {
        openTab();
        interact(() -> combo("#excKind").setValue(Assumptions.Kind.EVENT));
        ComboBox<String> target = combo("#excTarget");
        assertFalse(target.getItems().contains("mp_10x"), "already fired by turn 5: not offered");
        interact(() -> target.setValue("taiwan_exercise"));
        ComboBox<String> value = combo("#excValue");
        assertEquals(java.util.List.of("on", "off"), value.getItems());
        interact(() -> value.setValue("on"));
        setRuns(3);
        // the exercise as set up: CHN's AI seat hawkish, an inject scheduled for the last turn
        console.setSeatStyles(() -> Map.of("CHN", chokepoint.ai.AiStyle.HAWKISH));
        f.schedule().add(8, chokepoint.facilitator.Inject.fromEvent(f.game().scenario().events().stream()
                .filter(e -> e.id().equals("senkaku_embargo")).findFirst().orElseThrow()));
        FanChart chart = lookup("#excChart").queryAs(FanChart.class);
        assertFalse(chart.hasData());
        interact(() -> lookup("#excRun").queryAs(Button.class).fire());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !lookup("#excRun").queryAs(Button.class).isDisabled());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(status().startsWith("Done: 3 runs per arm from 2029"), status());
        assertTrue(status().endsWith("AI seats with their set-up style: 1 (the others play their role's default); "
                + "scheduled injects fired in both arms: 1."), status());
        assertTrue(chart.hasData());
        assertEquals(2, chart.series().size());
        assertEquals(java.util.List.of("2029", "2030", "2031", "2032"), chart.turnLabels());
        assertEquals("Unchanged", chart.series().get(0).name());
        assertTrue(chart.series().get(1).name().startsWith("Changed: PLA exercise"), chart.series().get(1).name());
        for (FanChart.Series s : chart.series()) {
            for (int t = 0; t < 4; t++) {
                assertTrue(s.p10()[t] <= s.p50()[t] && s.p50()[t] <= s.p90()[t], s.name() + " turn " + t);
            }
        }
        String summary = lookup("#excSummary").queryAs(Label.class).getText();
        assertTrue(summary.startsWith("End of game (2032): unchanged "), summary);

        interact(() -> combo("#excMetricKind").setValue(Metric.Kind.PRICE));
        interact(() -> combo("#excSubject").setValue(1));
        assertTrue(chart.hasData());
        String title = lookup("#excSubject").queryAs(ComboBox.class).getParent().getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof Label).map(n -> ((Label) n).getText()).reduce("", String::concat);
        assertTrue(title.contains("Price: ") && title.contains("US$ per"), title);
        assertNoMissingText();
    }

    @Test
    void aLongExcursionCanBeCancelledAndABadNumberIsExplained() {
        openTab();
        interact(() -> combo("#excKind").setValue(Assumptions.Kind.PARAMETER));
        interact(() -> combo("#excTarget").setValue("demandPriceElasticity"));
        ComboBox<String> value = combo("#excValue");
        interact(() -> value.getEditor().setText("7"));
        interact(() -> lookup("#excRun").queryAs(Button.class).fire());
        assertEquals("demandPriceElasticity must be a number from 0 to 1.", status());

        interact(() -> value.getEditor().setText("0.5"));
        setRuns(500);
        interact(() -> lookup("#excRun").queryAs(Button.class).fire());
        assertTrue(lookup("#excRun").queryAs(Button.class).isDisabled(), "running");
        interact(() -> lookup("#excCancel").queryAs(Button.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Cancelled.", status());
        assertFalse(lookup("#excRun").queryAs(Button.class).isDisabled());
        assertFalse(lookup("#excChart").queryAs(FanChart.class).hasData());
    }

    @Test
    void japaneseLabelsComeFromTheBundle() {
        interact(() -> {
            I18n.setLocale(I18n.JAPANESE);
            console.refresh();
        });
        FacilitatorConsole ja = new FacilitatorConsole(f, null);
        interact(() -> lookup("#facTabs").queryAs(TabPane.class).getScene().setRoot(ja.view()));
        openTab();
        TabPane tabs = lookup("#facTabs").queryAs(TabPane.class);
        assertEquals("もしも分析", tabs.getSelectionModel().getSelectedItem().getText());
        assertEquals("分析を実行", lookup("#excRun").queryAs(Button.class).getText());
        assertNoMissingText();
    }

    /** No label shows a missing bundle key ("!key!"). */
    private void assertNoMissingText() {
        for (Node n : lookup("#excursionPane").queryAll().iterator().next().lookupAll("*")) {
            if (n instanceof Labeled l) assertFalse(l.getText() != null && l.getText().contains("!exc."), l.getText());
        }
    }
}
