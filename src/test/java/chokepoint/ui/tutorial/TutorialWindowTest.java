package chokepoint.ui.tutorial;

import chokepoint.ui.app.ChokepointApp;
import chokepoint.ui.app.TestApps;
import chokepoint.ui.testing.TinyGames;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real game window on the small mapped scenario, for the tutorial's TestFX tests; subclasses give the app's arguments. */
abstract class TutorialWindowTest extends ApplicationTest {
    @TempDir
    static Path temp;

    protected ChokepointApp app;

    /** Command-line arguments of the app (e.g. {@code --lang ja}). */
    protected abstract String[] args();

    @Override
    public void start(Stage stage) throws Exception {
        app = TestApps.start(stage, temp, TinyGames::mapped, args());
    }

    @AfterEach
    void reset() {
        interact(TestApps::reset);
    }

    protected String text(String query) {
        Node n = lookup(query).query();
        return ((Labeled) n).getText();
    }

    protected boolean nextEnabled() {
        return !lookup("#tutorialNext").queryAs(Button.class).isDisabled();
    }

    /** Presses Next, which must be enabled. */
    protected void next() {
        assertTrue(nextEnabled(), text("#tutorialTitle"));
        clickOn("#tutorialNext");
        WaitForAsyncUtils.waitForFxEvents();
    }
}
