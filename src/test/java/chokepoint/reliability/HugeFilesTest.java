package chokepoint.reliability;

import chokepoint.persistence.OrderFile;
import chokepoint.persistence.OrderFileException;
import chokepoint.persistence.SaveException;
import chokepoint.persistence.SaveFile;
import chokepoint.persistence.SaveStore;
import chokepoint.scenario.ScenarioException;
import chokepoint.scenario.ScenarioLoader;
import chokepoint.ui.settings.Settings;
import chokepoint.ui.settings.SettingsStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.*;

/** A 50 MB file given to each loader is refused at once by its size, with a clear message naming the file. */
class HugeFilesTest {
    static Path huge(Path dir, String name, long bytes) throws Exception {
        Path p = dir.resolve(name);
        try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
            f.write('{');
            f.setLength(bytes); // sparse: quick to make, but its size is real
        }
        return p;
    }

    static final long FIFTY_MB = 50L * 1024 * 1024 + 1;

    @Test
    void everyLoaderRefusesA50MbFileQuickly(@TempDir Path dir) throws Exception {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            ScenarioException s = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(huge(dir, "big-scenario.json", FIFTY_MB)));
            assertTrue(s.getMessage().contains("big-scenario.json: $: ") && s.getMessage().contains("MB"), s.getMessage());

            SaveException v = assertThrows(SaveException.class, () -> SaveFile.read(huge(dir, "big-save.json", FIFTY_MB)));
            assertTrue(v.getMessage().startsWith("big-save.json: $: ") && v.getMessage().contains("MB"), v.getMessage());

            OrderFileException o = assertThrows(OrderFileException.class, () -> OrderFile.load(huge(dir, "big-orders.json", FIFTY_MB)));
            assertTrue(o.getMessage().startsWith("big-orders.json: $: ") && o.getMessage().contains("MB"), o.getMessage());

            Path settingsDir = dir.resolve("settings");
            java.nio.file.Files.createDirectories(settingsDir);
            huge(settingsDir, SettingsStore.FILE, FIFTY_MB);
            SettingsStore.Loaded l = new SettingsStore(settingsDir).load();
            assertEquals(Settings.DEFAULTS, l.settings());
            assertTrue(l.problem().orElseThrow().contains("settings.json: $: "), l.problem().orElseThrow());

            // and the save list shows a huge save as unreadable, without reading it
            huge(dir, "zz-huge.json", FIFTY_MB);
            var info = new SaveStore(dir).list().stream().filter(i -> i.fileName().equals("zz-huge.json")).findFirst().orElseThrow();
            assertFalse(info.readable());
            assertTrue(info.problem().contains("MB"), info.problem());
        });
    }
}
