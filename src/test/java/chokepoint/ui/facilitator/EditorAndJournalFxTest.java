package chokepoint.ui.facilitator;

import chokepoint.engine.Game;
import chokepoint.engine.scenario.Scenario;
import chokepoint.facilitator.DecisionJournal;
import chokepoint.facilitator.Expectation;
import chokepoint.facilitator.ScenarioEdits;
import chokepoint.scenario.ScenarioLoader;
import chokepoint.ui.common.I18n;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.*;

class EditorAndJournalFxTest extends ApplicationTest {
    @TempDir
    Path dir;
    private Scenario sc;
    private VBox box;

    @Override
    public void start(Stage stage) throws Exception {
        I18n.setLocale(I18n.ENGLISH);
        sc = ScenarioLoader.loadBundled("2025");
        box = new VBox();
        stage.setScene(new Scene(box, 1000, 700));
        stage.show();
    }

    @Test
    void editorSavesOnlyValidScenarios() throws Exception {
        AtomicReference<ScenarioEditor> ed = new AtomicReference<>();
        interact(() -> {
            ed.set(new ScenarioEditor(sc));
            box.getChildren().setAll(ed.get().view());
        });
        ScenarioEdits.Row budget = ScenarioEdits.rows(sc).stream()
                .filter(r -> r.actor().equals("JPN") && r.field() == ScenarioEdits.Field.BUDGET).findFirst().orElseThrow();
        interact(() -> ed.get().edit(budget, 9.5, "assumption: exercise budget"));
        AtomicReference<Boolean> ok = new AtomicReference<>();
        interact(() -> ok.set(ed.get().save(dir.resolve("mine.json"))));
        assertTrue(ok.get(), lookup("#scenarioMessage").queryAs(Label.class).getText());
        Scenario back = ScenarioLoader.load(dir.resolve("mine.json"));
        assertEquals(9.5, back.actor("JPN").orElseThrow().budget().value());
        assertEquals("2025-edited", back.id());

        interact(() -> ed.get().edit(budget, -1, "oops"));
        interact(() -> ok.set(ed.get().save(dir.resolve("bad.json"))));
        assertFalse(ok.get());
        assertTrue(lookup("#scenarioMessage").queryAs(Label.class).getText().contains("$.actors[2].budget.value"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void journalPaneWritesTheSeatsExpectation() {
        Game g = Game.start(sc, 1);
        DecisionJournal journal = new DecisionJournal();
        interact(() -> box.getChildren().setAll(new JournalPane(g, "JPN", journal).view()));
        interact(() -> {
            lookup("#journalText").queryAs(TextArea.class).setText("Our buying lifts the oxide price");
            lookup("#journalFigure").queryAs(ComboBox.class).setValue(Expectation.Figure.PRICE);
            lookup("#journalMarket").queryAs(ComboBox.class).setValue("ndpr/refining");
            lookup("#journalDirection").queryAs(ComboBox.class).setValue(Expectation.Direction.UP);
            lookup("#journalSave").queryAs(Button.class).fire();
        });
        var e = journal.get(1, "JPN").orElseThrow();
        assertEquals("Our buying lifts the oxide price", e.text());
        assertEquals(Expectation.price("ndpr", "refining", Expectation.Direction.UP), e.expectation());
    }
}
