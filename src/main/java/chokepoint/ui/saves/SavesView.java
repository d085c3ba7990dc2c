package chokepoint.ui.saves;

import chokepoint.ui.app.Texts;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

/** The Save-as and Load panels (shown as in-window dialogs). */
public final class SavesView {
    private SavesView() {}

    /** Name field and Save button; onSave gets the name. */
    public static Node saveAs(String suggested, Consumer<String> onSave, Runnable cancel) {
        Label title = new Label(Texts.get("saves.saveAs.title"));
        title.getStyleClass().add("screen-title");
        TextField name = new TextField(suggested);
        name.setId("saveName");
        name.setPrefColumnCount(30);
        Label nameLabel = new Label(Texts.get("saves.name"));
        nameLabel.setLabelFor(name);
        Button save = new Button(Texts.get("saves.save"));
        save.setId("saveConfirm");
        save.setDefaultButton(true);
        save.setOnAction(e -> onSave.accept(name.getText()));
        Button no = new Button(Texts.get("common.cancel"));
        no.setCancelButton(true);
        no.setOnAction(e -> cancel.run());
        HBox buttons = new HBox(10, no, save);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox box = new VBox(12, title, nameLabel, name, buttons);
        box.setPrefWidth(560);
        javafx.application.Platform.runLater(() -> {
            name.requestFocus();
            name.selectAll();
        });
        return box;
    }

    /** The list of saves with Load; unreadable saves are listed with their problem and cannot be chosen. */
    public static Node load(SavesViewModel vm, Consumer<String> onLoad, Runnable cancel) {
        Label title = new Label(Texts.get("saves.load.title"));
        title.getStyleClass().add("screen-title");
        ListView<SavesViewModel.Entry> list = new ListView<>();
        list.setId("saveList");
        list.setPrefSize(820, 420);
        Label problem = new Label();
        problem.getStyleClass().add("problem");
        problem.setWrapText(true);
        try {
            List<SavesViewModel.Entry> entries = vm.entries();
            list.getItems().setAll(entries);
            if (entries.isEmpty()) problem.setText(Texts.get("saves.none", vm.store().root().toAbsolutePath()));
        } catch (IOException e) {
            problem.setText(Texts.get("saves.error.list", e.getMessage()));
        }
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(SavesViewModel.Entry it, boolean empty) {
                super.updateItem(it, empty);
                setText(empty || it == null ? null : it.title() + "\n" + it.detail());
                setDisable(!empty && it != null && !it.loadable());
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        Button load = new Button(Texts.get("saves.load"));
        load.setId("loadConfirm");
        load.setDefaultButton(true);
        load.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        load.setOnAction(e -> {
            SavesViewModel.Entry it = list.getSelectionModel().getSelectedItem();
            if (it != null && it.loadable()) onLoad.accept(it.fileName());
            else if (it != null) problem.setText(it.detail());
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) load.fire();
        });
        Button no = new Button(Texts.get("common.cancel"));
        no.setCancelButton(true);
        no.setOnAction(e -> cancel.run());
        HBox buttons = new HBox(10, no, load);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox box = new VBox(12, title, list, problem, buttons);
        if (!list.getItems().isEmpty()) list.getSelectionModel().select(0);
        javafx.application.Platform.runLater(list::requestFocus);
        return box;
    }
}
