package chokepoint.ui.app;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.Map;
import java.util.function.Supplier;

/**
 * The one window's content: the current screen, rebuilt when the language changes, plus in-window dialogs
 * (confirmations and messages drawn over the screen, so a hot-seat screen never opens a second window).
 */
public final class Navigator {
    private final StackPane root = new StackPane();
    private final StackPane content = new StackPane();
    private final Scene scene;
    private Supplier<Node> current;
    private Map<KeyCombination, Runnable> accelerators = Map.of();

    public Navigator(double width, double height) {
        root.getChildren().add(content);
        root.getStyleClass().add("app-root");
        scene = new Scene(root, width, height);
    }

    public Scene scene() {
        return scene;
    }

    public StackPane root() {
        return root;
    }

    /** Shows a screen; the supplier is called again on relabel (language change). */
    public void show(Supplier<Node> screen) {
        show(screen, Map.of());
    }

    public void show(Supplier<Node> screen, Map<KeyCombination, Runnable> keys) {
        closeDialogs();
        current = screen;
        setAccelerators(keys);
        Node n = screen.get();
        content.getChildren().setAll(n);
        n.requestFocus();
    }

    /** Replaces the keyboard shortcuts of the current screen. */
    public void setAccelerators(Map<KeyCombination, Runnable> keys) {
        for (KeyCombination k : accelerators.keySet()) scene.getAccelerators().remove(k);
        accelerators = Map.copyOf(keys);
        scene.getAccelerators().putAll(accelerators);
    }

    /** Rebuilds the current screen (after a language or text-size change). */
    public void relabel() {
        if (current != null) content.getChildren().setAll(current.get());
    }

    public boolean dialogOpen() {
        return root.getChildren().size() > 1;
    }

    public void closeDialogs() {
        if (root.getChildren().size() > 1) root.getChildren().remove(1, root.getChildren().size());
        if (!content.getChildren().isEmpty()) content.getChildren().get(0).setDisable(false);
    }

    /** A question over the screen with two answers; Escape or the second button closes it. */
    public void confirm(String message, String yesText, String noText, Runnable onYes) {
        Button yes = new Button(yesText);
        yes.setId("confirmYes");
        yes.setDefaultButton(true);
        Button no = new Button(noText);
        no.setId("confirmNo");
        no.setCancelButton(true);
        yes.setOnAction(e -> {
            closeDialogs();
            onYes.run();
        });
        no.setOnAction(e -> closeDialogs());
        dialog(message, yes, no);
        yes.requestFocus();
    }

    /** A message over the screen with an OK button. */
    public void message(String title, String text) {
        Button ok = new Button(Texts.get("common.ok"));
        ok.setId("messageOk");
        ok.setDefaultButton(true);
        ok.setCancelButton(true);
        ok.setOnAction(e -> closeDialogs());
        dialog(title + "\n\n" + text, ok);
        ok.requestFocus();
    }

    /** Any content as a dialog over the screen. */
    public void dialog(Node body) {
        closeDialogs();
        StackPane shade = new StackPane(body);
        shade.getStyleClass().add("dialog-shade");
        body.getStyleClass().add("dialog");
        if (body instanceof javafx.scene.layout.Region r) r.setMaxSize(javafx.scene.layout.Region.USE_PREF_SIZE, javafx.scene.layout.Region.USE_PREF_SIZE);
        if (!content.getChildren().isEmpty()) content.getChildren().get(0).setDisable(true);
        root.getChildren().add(shade);
    }

    private void dialog(String text, Button... buttons) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMaxWidth(620);
        l.setId("dialogText");
        HBox row = new HBox(12, buttons);
        row.setAlignment(Pos.CENTER_RIGHT);
        VBox box = new VBox(20, l, row);
        box.setMaxWidth(680);
        dialog(box);
    }
}
