package chokepoint.ui.settings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

class SettingsStoreTest {
    @TempDir
    Path dir;

    @Test
    void missingFileGivesDefaults() {
        SettingsStore.Loaded l = new SettingsStore(dir).load();
        assertEquals(Settings.DEFAULTS, l.settings());
        assertTrue(l.problem().isEmpty());
    }

    @Test
    void roundTrip() {
        SettingsStore s = new SettingsStore(dir.resolve("sub"));
        Settings x = new Settings("ja", true, "CIVIDIS");
        assertTrue(s.save(x).isEmpty());
        assertEquals(x, s.load().settings());
    }

    @Test
    void brokenFileGivesDefaultsAndAMessage() throws Exception {
        Files.writeString(dir.resolve(SettingsStore.FILE), "{ this is not json");
        SettingsStore.Loaded l = new SettingsStore(dir).load();
        assertEquals(Settings.DEFAULTS, l.settings());
        assertTrue(l.problem().isPresent());
        Files.writeString(dir.resolve(SettingsStore.FILE), "{\"language\": \"klingon\", \"largeText\": true}");
        l = new SettingsStore(dir).load();
        assertEquals("en", l.settings().language());
        assertTrue(l.settings().largeText());
    }
}
