package chokepoint.ui.settings;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
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

    /** Largest settings file read; anything bigger is not a settings file. */
    static final long MAX_BYTES = 64 * 1024;

    /**
     * Reads the settings. Never throws: a missing file gives the defaults; an unreadable, too large, non-UTF-8 or
     * malformed file gives the defaults and a message naming the file and the problem; a field of the wrong type
     * or with an unknown value falls back to its default with a message naming the file and the JSON path.
     */
    public Loaded load() {
        Path f = file();
        try {
            if (!Files.exists(f)) return new Loaded(Settings.DEFAULTS, Optional.empty());
            if (Files.isDirectory(f)) return broken(f, "$", "is a directory, not a file");
            long size = Files.size(f);
            if (size == 0) return broken(f, "$", "the file is empty");
            if (size > MAX_BYTES) return broken(f, "$", "is " + size + " bytes, more than a settings file can be");
            byte[] bytes = Files.readAllBytes(f);
            String text;
            try {
                text = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                        .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                        .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            } catch (java.nio.charset.CharacterCodingException e) {
                return broken(f, "$", "is not valid UTF-8 text");
            }
            if (text.startsWith("\uFEFF")) text = text.substring(1);
            if (text.isBlank()) return broken(f, "$", "the file is empty");
            JsonElement tree;
            try {
                com.google.gson.stream.JsonReader r = new com.google.gson.stream.JsonReader(new java.io.StringReader(text));
                r.setStrictness(com.google.gson.Strictness.STRICT);
                r.setNestingLimit(50);
                tree = com.google.gson.internal.bind.TypeAdapters.JSON_ELEMENT.read(r);
                if (r.peek() != com.google.gson.stream.JsonToken.END_DOCUMENT) return broken(f, "$", "unexpected content after the settings");
            } catch (java.io.EOFException e) {
                return broken(f, "$", "the file ends too early (truncated?)");
            } catch (IOException | JsonParseException | IllegalStateException | NumberFormatException e) {
                return broken(f, "$", "invalid JSON (" + cleanMessage(e) + ")");
            }
            if (!tree.isJsonObject()) return broken(f, "$", "must be a JSON object");
            JsonObject o = tree.getAsJsonObject();
            java.util.List<String> problems = new java.util.ArrayList<>();
            String language = string(o, "language", Settings.DEFAULTS.language(), problems);
            if (!language.equals("en") && !language.equals("ja")) {
                problems.add("$.language: must be \"en\" or \"ja\", got \"" + shorten(language) + "\"");
                language = Settings.DEFAULTS.language();
            }
            boolean large = Settings.DEFAULTS.largeText();
            JsonElement lt = o.get("largeText");
            if (lt != null && !lt.isJsonNull()) {
                if (lt.isJsonPrimitive() && lt.getAsJsonPrimitive().isBoolean()) large = lt.getAsBoolean();
                else problems.add("$.largeText: must be true or false");
            }
            String palette = string(o, "palette", Settings.DEFAULTS.palette(), problems);
            Settings s = new Settings(language, large, palette).sane();
            if (problems.isEmpty()) return new Loaded(s, Optional.empty());
            return new Loaded(s, Optional.of(f + ": " + String.join("; ", problems) + " (the default is used)"));
        } catch (IOException | RuntimeException | StackOverflowError e) {
            return broken(f, "$", "cannot be read (" + cleanMessage(e) + ")");
        }
    }

    private static Loaded broken(Path f, String path, String problem) {
        return new Loaded(Settings.DEFAULTS, Optional.of(f + ": " + path + ": " + problem + "; the default settings are used"));
    }

    private static String string(JsonObject o, String name, String dflt, java.util.List<String> problems) {
        JsonElement v = o.get(name);
        if (v == null || v.isJsonNull()) return dflt;
        if (v.isJsonPrimitive() && v.getAsJsonPrimitive().isString()) return v.getAsString();
        problems.add("$." + name + ": must be a string");
        return dflt;
    }

    private static String shorten(String s) {
        return s.length() > 20 ? s.substring(0, 20) + "…" : s;
    }

    /** An exception's message without class names, positions' troubleshooting links or stack details. */
    private static String cleanMessage(Throwable e) {
        String m = e.getMessage() == null ? "unreadable" : e.getMessage();
        int see = m.indexOf("\nSee ");
        if (see >= 0) m = m.substring(0, see);
        m = m.replaceAll("\\b(java|com\\.google)\\.[a-z.]+\\.([A-Z][A-Za-z]*): ", "");
        return m.replace("Use JsonReader.setStrictness(Strictness.LENIENT) to accept malformed JSON", "malformed JSON").trim();
    }

    /** Writes the settings; returns the problem if it could not. */
    public Optional<String> save(Settings s) {
        try {
            Files.createDirectories(dir);
            Path tmp = dir.resolve(FILE + ".tmp");
            try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING)) {
                ch.write(java.nio.ByteBuffer.wrap(gson.toJson(s).getBytes(StandardCharsets.UTF_8)));
                ch.force(true);
            }
            try {
                Files.move(tmp, file(), java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(tmp, file(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(file() + ": " + e.getMessage());
        }
    }
}
