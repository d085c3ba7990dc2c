package chokepoint.ui.settings;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads and writes {@code settings.json} in a directory (by default {@code ~/.chokepoint}). A missing file gives
 * the defaults; a broken one gives the defaults and a message for the player.
 */
public final class SettingsStore {
    public static final String FILE = "settings.json";

    /** The settings read and, when the file could not be used, why. */
    public record Loaded(Settings settings, Optional<String> problem) {}

    private final Path dir;
    private final Gson gson = new GsonBuilder().setPrettyPrinting().create();

    public SettingsStore(Path dir) {
        this.dir = dir;
    }

    public static Path defaultDir() {
        return Path.of(System.getProperty("user.home"), ".chokepoint");
    }

    public Path file() {
        return dir.resolve(FILE);
    }

    public Loaded load() {
        Path f = file();
        if (!Files.exists(f)) return new Loaded(Settings.DEFAULTS, Optional.empty());
        try {
            String json = Files.readString(f, StandardCharsets.UTF_8);
            Settings s = gson.fromJson(json, Settings.class);
            if (s == null) return new Loaded(Settings.DEFAULTS, Optional.of(f + ": empty file"));
            return new Loaded(s.sane(), Optional.empty());
        } catch (IOException | JsonParseException | IllegalStateException e) {
            return new Loaded(Settings.DEFAULTS, Optional.of(f + ": " + e.getMessage()));
        }
    }

    /** Writes the settings; returns the problem if it could not. */
    public Optional<String> save(Settings s) {
        try {
            Files.createDirectories(dir);
            Path tmp = dir.resolve(FILE + ".tmp");
            Files.writeString(tmp, gson.toJson(s), StandardCharsets.UTF_8);
            Files.move(tmp, file(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(file() + ": " + e.getMessage());
        }
    }
}
