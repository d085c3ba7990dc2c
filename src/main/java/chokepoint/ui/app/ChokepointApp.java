package chokepoint.ui.app;

import chokepoint.ui.common.Fonts;
import chokepoint.ui.settings.Settings;
import chokepoint.ui.settings.SettingsStore;
import chokepoint.ui.settings.SettingsView;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

import java.util.List;
import java.util.Optional;

/**
 * The JavaFX application: one window whose content the {@link Navigator} swaps between the main menu, the
 * new-game setup and the game. Tests and the screenshot script set {@link #context} and {@link #startArgs}
 * before launching.
 */
public class ChokepointApp extends Application {
    /** What the app reads and writes; tests replace it with temporary directories and a test scenario. */
    public static volatile AppContext context;
    /** Screenshot mode etc. (from the command line). */
    public static volatile List<String> startArgs = List.of();
    /** The running app (for tests). */
    public static volatile ChokepointApp instance;

    private AppContext ctx;
    private Navigator nav;
    private Settings settings = Settings.DEFAULTS;
    private SettingsStore store;
    private Stage stage;
    /** The game on screen, if any. */
    GameScreen currentGame;

    @Override
    public void start(Stage stage) {
        instance = this;
        this.stage = stage;
        ctx = context != null ? context : ScreenshotMode.wanted(startArgs) ? ScreenshotMode.context() : AppContext.standard();
        String family = loadFont();
        store = ctx.settingsStore();
        SettingsStore.Loaded loaded = store.load();
        settings = loaded.settings();
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        nav = new Navigator(Math.min(1600, screen.getWidth()), Math.min(1000, screen.getHeight()));
        nav.scene().getStylesheets().add(ChokepointApp.class.getResource("/ui/chokepoint.css").toExternalForm());
        nav.root().setStyle("-fx-font-family: " + Fonts.cssFamily() + ";");
        applySettings(settings, false);
        stage.setScene(nav.scene());
        stage.setMinWidth(1024);
        stage.setMinHeight(600);
        stage.setX(screen.getMinX());
        stage.setY(screen.getMinY());
        stage.setTitle(Texts.get("app.title"));
        showMainMenu();
        loaded.problem().ifPresent(p -> nav.message(Texts.get("settings.broken.title"), Texts.get("settings.broken.text", p)));
        stage.show();
        ScreenshotMode.apply(this, startArgs);
    }

    /** Loads the bundled Japanese-capable font; its family name, or "System" if it is missing. */
    static String loadFont() {
        return Fonts.load();
    }

    public AppContext context() {
        return ctx;
    }

    public Navigator navigator() {
        return nav;
    }

    public Stage stage() {
        return stage;
    }

    public GameScreen currentGame() {
        return currentGame;
    }

    public Settings settings() {
        return settings;
    }

    /** Applies settings now (language, text size) and stores them; a write problem is shown, play goes on. */
    public void applySettings(Settings s, boolean persist) {
        settings = s.sane();
        Texts.setLanguage(settings.language());
        var classes = nav.root().getStyleClass();
        classes.remove("large-text");
        if (settings.largeText()) classes.add("large-text");
        if (stage != null) stage.setTitle(Texts.get("app.title"));
        nav.relabel();
        if (persist) {
            Optional<String> problem = store.save(settings);
            problem.ifPresent(p -> nav.message(Texts.get("settings.saveFailed.title"), p));
        }
    }

    public void showMainMenu() {
        nav.show(() -> new MainMenuView(this).view());
    }

    public void showNewGame() {
        NewGameViewModel vm = new NewGameViewModel(ctx.scenarios());
        nav.show(() -> new NewGameView(this, vm).view());
    }

    /** Starts the interactive tutorial: a one-seat game with the tutorial panel beside it. */
    public void startTutorial() {
        try {
            var scenario = chokepoint.ui.tutorial.TutorialSetup.scenario(ctx.scenarios());
            var session = chokepoint.ui.tutorial.TutorialSetup.session(scenario, ctx.ai());
            var vm = new chokepoint.ui.tutorial.TutorialViewModel(session, chokepoint.ui.tutorial.TutorialSetup.seat(scenario));
            GameScreen.openTutorial(this, session, vm);
        } catch (Exception e) {
            nav.message(Texts.get("tutorial.failed.title"), String.valueOf(e.getMessage()));
        }
    }

    /** Settings over the current screen; changes apply at once and are saved. */
    public void showSettings() {
        nav.dialog(new SettingsView(settings, s -> {
            applySettings(s, true);
            showSettings();
        }, nav::closeDialogs).view());
    }

    public void quit() {
        Platform.exit();
    }
}
