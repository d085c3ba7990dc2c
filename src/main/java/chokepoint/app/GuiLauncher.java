package chokepoint.app;

import chokepoint.ui.app.ChokepointApp;
import javafx.application.Application;

import java.util.List;

/**
 * Starts the JavaFX application from a plain class (a main class extending Application cannot start from the
 * classpath). GUI options: {@code --lang en|ja}, {@code --screenshot-mode <menu|setup|handoff|orders|report>}.
 */
public final class GuiLauncher {
    private GuiLauncher() {}

    public static void launch(String[] args) {
        ChokepointApp.startArgs = List.of(args);
        Application.launch(ChokepointApp.class, args);
    }
}
