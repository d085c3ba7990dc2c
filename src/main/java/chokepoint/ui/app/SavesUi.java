package chokepoint.ui.app;

import chokepoint.ui.session.GameSession;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCombination;

import java.util.List;
import java.util.Map;

/** Save and load entries of the menus (they appear once saving is available). */
final class SavesUi {
    private SavesUi() {}

    static List<Button> menuButtons(ChokepointApp app) {
        return List.of();
    }

    static List<Button> barButtons(ChokepointApp app, GameScreen screen) {
        return List.of();
    }

    static void keys(ChokepointApp app, GameScreen screen, Map<KeyCombination, Runnable> keys) {
    }

    static void attach(ChokepointApp app, GameSession session) {
    }
}
