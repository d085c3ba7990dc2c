package chokepoint.ui.app;

import chokepoint.ui.session.AiPlayer;
import chokepoint.engine.scenario.Scenario;
import javafx.stage.Stage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Starts the real game window for TestFX tests on one fixed scenario ("tiny"), with settings and saves in a
 * temporary folder and no AI orders, and puts the shared statics back afterwards.
 */
public final class TestApps {
    private TestApps() {}

    /** The saves folder under {@code temp}, created if missing (tests may put saves there before starting). */
    public static Path saves(Path temp) throws IOException {
        return Files.createDirectories(temp.resolve("saves"));
    }

    /** Starts the app on {@code stage}; call from {@code ApplicationTest.start}. */
    public static ChokepointApp start(Stage stage, Path temp, Supplier<Scenario> tiny, String... args) throws Exception {
        Path settings = Files.createDirectories(temp.resolve("settings"));
        ChokepointApp.context = new AppContext(settings, saves(temp), ScenarioCatalog.of(Map.of("tiny", tiny)), AiPlayer.NONE);
        ChokepointApp.startArgs = List.of(args);
        Texts.setLanguage("en");
        ChokepointApp app = new ChokepointApp();
        app.start(stage);
        return app;
    }

    /** Puts the statics back; call on the FX thread (e.g. inside {@code interact}). */
    public static void reset() {
        ChokepointApp.context = null;
        ChokepointApp.startArgs = List.of();
        Texts.setLanguage("en");
    }
}
