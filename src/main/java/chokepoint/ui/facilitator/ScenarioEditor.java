package chokepoint.ui.facilitator;

import chokepoint.engine.scenario.Scenario;
import chokepoint.engine.scenario.Text;
import chokepoint.facilitator.ScenarioEdits;
import chokepoint.facilitator.ScenarioEdits.Row;
import chokepoint.facilitator.io.ScenarioSaving;
import chokepoint.scenario.ScenarioException;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * In-game editor of a scenario's main figures: every actor's budget, income, capacities, demands and stockpiles,
 * each with its source, editable in a table; "Validate and save" writes a new scenario file only if the loader
 * accepts it, else lists every problem with its JSON path. Events and parameters: see docs/SCENARIO-EDITING.md.
 */
public final class ScenarioEditor {
    private Scenario scenario;
    private final BorderPane root = new BorderPane();
    private final TableView<Row> table = new TableView<>();
    private final ComboBox<String> actor = new ComboBox<>();
    private final TextField id = new TextField();
    private final Label message = new Label();

    public ScenarioEditor(Scenario start) {
        this.scenario = start;
        root.setId("scenarioEditor");
        root.setPadding(new Insets(10));
        table.setId("scenarioTable");
        table.setEditable(true);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.getColumns().add(column(FacText.t("editor.actor"), Row::actor));
        table.getColumns().add(column(FacText.t("editor.figure"), r -> r.field().name().toLowerCase(Locale.ROOT)));
        table.getColumns().add(column(FacText.t("editor.market"), r -> r.commodity() == null ? "" : r.commodity() + "/" + r.stage()
                + (r.sector() == null ? "" : " · " + r.sector())));
        TableColumn<Row, String> value = column(FacText.t("editor.value"), r -> Double.toString(r.value()));
        value.setId("colValue");
        value.setCellFactory(TextFieldTableCell.forTableColumn());
        value.setOnEditCommit(e -> {
            try {
                edit(e.getRowValue(), Double.parseDouble(e.getNewValue().trim()), e.getRowValue().source());
            } catch (NumberFormatException ex) {
                message.setText(FacText.t("editor.notNumber", e.getNewValue()));
                refresh();
            }
        });
        TableColumn<Row, String> source = column(FacText.t("editor.source"), Row::source);
        source.setCellFactory(TextFieldTableCell.forTableColumn());
        source.setOnEditCommit(e -> edit(e.getRowValue(), e.getRowValue().value(), e.getNewValue()));
        value.setEditable(true);
        source.setEditable(true);
        table.getColumns().addAll(value, source);
        double[] widths = {70, 90, 200, 110};
        for (int i = 0; i < widths.length; i++) table.getColumns().get(i).setMinWidth(widths[i]);
        actor.setId("scenarioActor");
        actor.getItems().add("*");
        for (var a : start.actors()) actor.getItems().add(a.id());
        actor.setValue("*");
        actor.valueProperty().addListener((o, a, b) -> refresh());
        id.setId("scenarioId");
        id.setText(start.id() + "-edited");
        Button save = new Button(FacText.t("editor.save"));
        save.setId("scenarioSave");
        save.setOnAction(e -> {
            FileChooser fc = new FileChooser();
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("JSON", "*.json"));
            fc.setInitialFileName(id.getText() + ".json");
            File f = fc.showSaveDialog(root.getScene() == null ? null : root.getScene().getWindow());
            if (f != null) save(f.toPath());
        });
        message.setId("scenarioMessage");
        message.setWrapText(true);
        HBox top = new HBox(8, new Label(FacText.t("editor.actor")), actor, new Label(FacText.t("editor.newId")), id, save);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, top, table, message);
        VBox.setVgrow(table, Priority.ALWAYS);
        root.setCenter(box);
        refresh();
    }

    public static Stage openWindow(Window owner, Scenario scenario) {
        Stage s = new Stage();
        if (owner != null) s.initOwner(owner);
        s.setTitle(FacText.t("editor.title", scenario.id()));
        s.setScene(new Scene(new ScenarioEditor(scenario).view(), 1100, 700));
        s.show();
        return s;
    }

    public BorderPane view() { return root; }

    public Scenario scenario() { return scenario; }

    /** Changes one figure (value and source). */
    public void edit(Row row, double value, String source) {
        scenario = ScenarioEdits.apply(scenario, row.withValue(value, source));
        message.setText(row.actor() + " " + row.field().name().toLowerCase(Locale.ROOT) + " = " + value);
        refresh();
    }

    /** Validates and writes; on problems nothing is written and every problem is listed. */
    public boolean save(Path file) {
        String newId = id.getText().trim();
        Scenario named = ScenarioEdits.renamed(scenario, newId,
                new Text(scenario.name().en() + " (" + newId + ")", scenario.name().ja() + "（" + newId + "）"));
        try {
            ScenarioSaving.saveValid(named, file);
            message.setText(FacText.t("editor.saved", file));
            return true;
        } catch (ScenarioException ex) {
            StringBuilder sb = new StringBuilder(FacText.t("editor.notSaved"));
            ex.problems().forEach(p -> sb.append('\n').append(p));
            message.setText(sb.toString());
        } catch (Exception ex) {
            message.setText(FacText.t("editor.notSaved") + " " + ex.getMessage());
        }
        return false;
    }

    private void refresh() {
        List<Row> rows = ScenarioEdits.rows(scenario);
        String a = actor.getValue();
        table.getItems().setAll(rows.stream().filter(r -> a == null || "*".equals(a) || r.actor().equals(a)).toList());
    }

    private static TableColumn<Row, String> column(String title, Function<Row, String> value) {
        TableColumn<Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        c.setEditable(false);
        return c;
    }
}
