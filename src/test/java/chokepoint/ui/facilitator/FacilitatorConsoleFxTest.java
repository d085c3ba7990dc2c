package chokepoint.ui.facilitator;

import chokepoint.engine.Game;
import chokepoint.engine.scenario.EffectDef;
import chokepoint.engine.scenario.EffectKind;
import chokepoint.engine.scenario.ParameterKey;
import chokepoint.facilitator.Facilitator;
import chokepoint.facilitator.Inject;
import chokepoint.facilitator.PublicView;
import chokepoint.facilitator.io.InjectJson;
import chokepoint.engine.scenario.Text;
import chokepoint.scenario.ScenarioLoader;
import chokepoint.ui.common.I18n;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The White Cell console through real clicks: password, inject (and a refused one, explained in the console's
 * language), parameter edit, roll back; the projector builds.
 */
class FacilitatorConsoleFxTest extends ApplicationTest {
    private Facilitator f;
    private FacilitatorConsole console;
    private final AtomicReference<Integer> forkedAt = new AtomicReference<>();

    @Override
    public void start(Stage stage) throws Exception {
        I18n.setLocale(I18n.ENGLISH);
        f = new Facilitator(Game.start(ScenarioLoader.loadBundled("2025"), 4));
        f.setPassword("white-cell".toCharArray());
        console = new FacilitatorConsole(f, (fork, turn) -> {
            forkedAt.set(turn);
            return "fork-" + turn + ".json";
        });
        stage.setScene(new Scene(console.view(), 1100, 720));
        stage.show();
    }

    @AfterEach
    void english() {
        interact(() -> I18n.setLocale(I18n.ENGLISH));
    }

    private void unlock() {
        setText("#facPassword", "white-cell");
        clickOn("#facUnlock");
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Typing through the robot is slow under Monocle; the fields are set directly, buttons are clicked. */
    private void setText(String query, String text) {
        TextField field = lookup(query).queryAs(TextField.class);
        interact(() -> field.setText(text));
    }

    /** Fires a button as a click would, without the robot's slow mouse travel. */
    private void press(String query) {
        javafx.scene.control.Button b = lookup(query).queryAs(javafx.scene.control.Button.class);
        interact(b::fire);
    }

    private void selectTab(String id) {
        TabPane tabs = lookup("#facTabs").queryAs(TabPane.class);
        interact(() -> tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String message() {
        return lookup("#facMessage").queryAs(Label.class).getText();
    }

    @Test
    void wrongPasswordKeepsItLockedRightOneOpensTheTabs() {
        setText("#facPassword", "guess");
        clickOn("#facUnlock");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Wrong password.", lookup("#facPasswordError").queryAs(Label.class).getText());
        assertTrue(lookup("#facTabs").tryQuery().isEmpty());
        assertEquals("", lookup("#facPassword").queryAs(PasswordField.class).getText());
        unlock();
        assertEquals(6, lookup("#facTabs").queryAs(TabPane.class).getTabs().size());
    }

    @Test
    void injectFromTheLibraryThenEditAParameterThenRollBack() {
        unlock();
        selectTab("facTabInjects");
        @SuppressWarnings("unchecked")
        ListView<chokepoint.facilitator.Inject> lib = lookup("#facLibrary").queryAs(ListView.class);
        interact(() -> lib.getSelectionModel().select(lib.getItems().stream()
                .filter(i -> i.id().equals("pla_exercise_taiwan")).findFirst().orElseThrow()));
        clickOn("#facInjectNow");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Injected: PLA exercise around Taiwan.", message());
        assertTrue(f.log().contains("turn 1: inject inj-pla_exercise_taiwan-t1"), f.log().toString());

        interact(() -> f.resolve(Map.of()));
        interact(console::refresh);
        selectTab("facTabParameters");
        @SuppressWarnings("unchecked")
        ComboBox<ParameterKey> key = lookup("#facParamKey").queryAs(ComboBox.class);
        interact(() -> key.setValue(ParameterKey.PERMIT_RISK));
        interact(() -> lookup("#facParamValue").queryAs(TextField.class).setText("7"));
        press("#facParamApply");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Not changed: permitRisk must be between " + ParameterKey.PERMIT_RISK.min() + " and "
                + ParameterKey.PERMIT_RISK.max() + ".", message());
        @SuppressWarnings("unchecked")
        ComboBox<ParameterKey> keyAgain = lookup("#facParamKey").queryAs(ComboBox.class);   // the tab was rebuilt
        interact(() -> keyAgain.setValue(ParameterKey.PERMIT_RISK));
        interact(() -> lookup("#facParamValue").queryAs(TextField.class).setText("abc"));
        press("#facParamApply");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Not changed: \"abc\" is not a number.", message());
        @SuppressWarnings("unchecked")
        ComboBox<ParameterKey> keyThird = lookup("#facParamKey").queryAs(ComboBox.class);
        interact(() -> keyThird.setValue(ParameterKey.PERMIT_RISK));
        interact(() -> lookup("#facParamValue").queryAs(TextField.class).setText("0.3"));
        setText("#facParamNote", "slower permits");
        press("#facParamApply");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("turn 2: parameter permitRisk 0.15 -> 0.3: slower permits", f.log().get(f.log().size() - 1));

        String before = f.game().hash();
        interact(() -> f.resolve(Map.of()));
        interact(console::refresh);
        selectTab("facTabControl");
        press("#facRollback");
        press("#facRollbackConfirm");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, f.game().currentTurn());
        assertEquals(before, f.game().hash(), "back to where the parameter edit was made");
        assertTrue(message().startsWith("Rolled back"), message());

        press("#facFork");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, forkedAt.get());
    }

    @Test
    void aiReasonsShowInTheConsoleLanguage() {
        var seats = chokepoint.ai.AiRoster.playableSeats(f.game().scenario());
        var decisions = chokepoint.ai.AiRoster.defaults(f.game().scenario()).decisionsFor(f.game(), seats);
        decisions.forEach((seat, d) -> f.recordReasons(seat, d.reasons()));
        interact(() -> f.resolve(chokepoint.ai.AiRoster.orders(decisions)));
        unlock();
        interact(() -> I18n.setLocale(I18n.JAPANESE));
        interact(console::refresh);
        selectTab("facTabSeats");
        String ja = lookup("#facOrders").queryAs(javafx.scene.control.TextArea.class).getText();
        assertTrue(ja.contains("↳"), ja);
        for (String line : ja.split("\n")) {
            if (!line.contains("↳")) continue;
            assertFalse(line.matches(".*\\b(stockpile|days|relation|tension|from|build|summit|objective)\\b.*"), "English reason: " + line);
        }
        interact(() -> I18n.setLocale(I18n.ENGLISH));
        interact(console::refresh);
        selectTab("facTabSeats");
        String en = lookup("#facOrders").queryAs(javafx.scene.control.TextArea.class).getText();
        assertTrue(en.matches("(?s).*↳ [a-z].*"), en);
    }

    @Test
    void aRefusedInjectIsExplainedInTheConsoleLanguage(@TempDir Path dir) throws Exception {
        Inject bad = new Inject("bad_actor", new Text("Unknown actor", "存在しない主体"), new Text("t", "t"),
                List.of(new EffectDef(EffectKind.BUDGET, "XXX", null, null, null, null, -5, 0)), "test");
        Path file = dir.resolve("injects.json");
        InjectJson.write(file, List.of(bad), List.of());
        unlock();
        interact(() -> I18n.setLocale(I18n.JAPANESE));
        interact(() -> console.importFrom(file));
        selectTab("facTabInjects");
        @SuppressWarnings("unchecked")
        ListView<Inject> lib = lookup("#facLibrary").queryAs(ListView.class);
        interact(() -> lib.getSelectionModel().select(lib.getItems().stream()
                .filter(i -> i.id().equals("bad_actor")).findFirst().orElseThrow()));
        press("#facInjectNow");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("適用できません：effects[0]（BUDGET）：主体「XXX」はシナリオ 2025 にありません", message());
        selectTab("facTabLog");
        @SuppressWarnings("unchecked")
        ListView<String> log = lookup("#facLog").queryAs(ListView.class);
        assertTrue(log.getItems().contains("ターン1、インジェクト bad_actor：effects[0]（BUDGET）：主体「XXX」はシナリオ 2025 にありません"),
                log.getItems().toString());

        interact(() -> I18n.setLocale(I18n.ENGLISH));
        interact(console::refresh);
        selectTab("facTabLog");
        @SuppressWarnings("unchecked")
        ListView<String> en = lookup("#facLog").queryAs(ListView.class);
        assertTrue(en.getItems().contains("turn 1, inject bad_actor: effects[0] (BUDGET): unknown actor 'XXX' in scenario 2025"),
                en.getItems().toString());
    }

    @Test
    void pauseStopsTheGameAndSubmittedOrdersAreVisible() {
        unlock();
        interact(() -> console.setSubmittedOrders(() -> Map.of("JPN",
                java.util.List.of(new chokepoint.engine.order.Order.BuyStockpile("JPN", "ndpr", "refining", 42)))));
        assertTrue(lookup("#facPendingOrders").queryAs(javafx.scene.control.TextArea.class).getText()
                .contains("Buy for stockpile: 42 t NdPr oxide of "));
        selectTab("facTabControl");
        press("#facPause");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(f.isPaused());
        assertTrue(lookup("#facStatus").queryAs(Label.class).getText().contains("PAUSED"));
    }

    @Test
    void projectorShowsPublicDataOnly() {
        interact(() -> f.resolve(Map.of()));
        AtomicReference<ProjectorView> view = new AtomicReference<>();
        interact(() -> view.set(new ProjectorView(() -> PublicView.of(f.game()), false)));
        assertEquals(f.game().currentLabel(), view.get().shown().currentLabel());
        assertTrue(view.get().shown().turns().stream().flatMap(t -> t.news().stream()).allMatch(n -> n.audience().isEmpty()));
    }
}
