package chokepoint.ui.app;

import chokepoint.engine.TinyScenario;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;

import java.nio.file.Path;

/** A TestFX test on the real game window with the tiny scenario; extra windows (console, projector) are closed after. */
abstract class TinyAppTest extends ApplicationTest {
    @TempDir
    static Path temp;

    ChokepointApp app;

    @Override
    public void start(Stage stage) throws Exception {
        app = TestApps.start(stage, temp, TinyScenario::build);
    }

    @AfterEach
    void closeAndReset() {
        interact(() -> {
            javafx.stage.Window.getWindows().stream().filter(w -> w != app.stage() && w instanceof Stage).toList()
                    .forEach(w -> ((Stage) w).close());
            TestApps.reset();
        });
    }
}
