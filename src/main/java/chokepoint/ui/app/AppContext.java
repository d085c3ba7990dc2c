package chokepoint.ui.app;

import chokepoint.ui.session.AiPlayer;
import chokepoint.ui.settings.SettingsStore;

import java.nio.file.Path;

/**
 * What the app reads and writes, replaceable for tests and screenshots: where settings and saves live, which
 * scenarios exist, who plays the AI seats.
 */
public record AppContext(Path settingsDir, Path savesDir, ScenarioCatalog scenarios, AiPlayer ai) {

    /** The real thing: ~/.chokepoint for settings, ./saves for saves, the bundled scenarios. */
    public static AppContext standard() {
        return new AppContext(SettingsStore.defaultDir(), Path.of("saves"), ScenarioCatalog.bundled(), AiSeats.standard());
    }

    public SettingsStore settingsStore() {
        return new SettingsStore(settingsDir);
    }
}
