package chokepoint.ui.app;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The main menu: new game, tutorial, load, continue the last autosave, settings, quit. */
public final class MainMenuView {
    private final ChokepointApp app;

    public MainMenuView(ChokepointApp app) {
        this.app = app;
    }

    public Node view() {
        Label title = new Label(Texts.get("app.title"));
        title.getStyleClass().add("menu-title");
        Label subtitle = new Label(Texts.get("menu.subtitle"));
        subtitle.getStyleClass().add("menu-subtitle");
        subtitle.setWrapText(true);

        Button newGame = button("newGame", "menu.newGame", app::showNewGame);
        newGame.setDefaultButton(true);
        Button tutorial = button("tutorial", "menu.tutorial", app::startTutorial);
        VBox buttons = new VBox(12, newGame, tutorial);
        for (Button b : SavesUi.menuButtons(app)) buttons.getChildren().add(b);
        buttons.getChildren().add(button("settings", "menu.settings", app::showSettings));
        buttons.getChildren().add(button("quit", "menu.quit", app::quit));
        buttons.setAlignment(Pos.CENTER);
        buttons.setMaxWidth(360);
        for (Node n : buttons.getChildren()) ((Button) n).setMaxWidth(Double.MAX_VALUE);

        VBox box = new VBox(18, title, subtitle, buttons);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("main-menu");
        return box;
    }

    static Button button(String id, String key, Runnable action) {
        Button b = new Button(Texts.get(key));
        b.setMnemonicParsing(true);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }
}
