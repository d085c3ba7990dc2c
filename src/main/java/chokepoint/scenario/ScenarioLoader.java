package chokepoint.scenario;

import chokepoint.engine.scenario.Scenario;
import com.google.gson.JsonElement;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads scenario files (docs/SCENARIO-FORMAT.md) into a validated {@link Scenario}. Every problem in a file
 * is collected and reported together in a {@link ScenarioException}; nothing else is ever thrown, and a
 * scenario with problems is never returned.
 */
public final class ScenarioLoader {
    /** Scenarios shipped with the game, as classpath resources {@code /scenarios/<id>.json}. */
    static final List<String> KNOWN_BUNDLED = List.of("2025", "classroom");

    private ScenarioLoader() {}

    /** Loads a scenario file; problems name the file by its file name. */
    public static Scenario load(Path file) throws ScenarioException {
        if (file == null) throw new ScenarioException(new Problem("?", "$", "no file given"));
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        Problems problems = new Problems(name);
        byte[] bytes = ScenarioSource.read(file, problems);
        problems.throwIfAny();
        return load(name, bytes);
    }

    /** Loads scenario JSON given as bytes (UTF-8); {@code fileNameForMessages} names it in problems. */
    public static Scenario load(String fileNameForMessages, byte[] content) throws ScenarioException {
        Problems problems = new Problems(fileNameForMessages == null ? "?" : fileNameForMessages);
        try {
            String text = content == null ? null : ScenarioSource.decode(content, problems);
            if (content == null) problems.add("$", "no content");
            problems.throwIfAny();
            JsonElement tree = JsonTree.parse(text, problems);
            problems.throwIfAny();
            return build(tree, problems);
        } catch (RuntimeException | StackOverflowError e) {
            throw internalError(problems, e);
        }
    }

    /**
     * Builds a scenario from a JSON tree already parsed elsewhere (e.g. embedded in a saved game), with the
     * same checks as a file.
     */
    public static Scenario fromJson(String nameForMessages, JsonElement tree) throws ScenarioException {
        Problems problems = new Problems(nameForMessages);
        try {
            return build(tree, problems);
        } catch (RuntimeException | StackOverflowError e) {
            throw internalError(problems, e);
        }
    }

    /** Loads a scenario shipped with the game by id, e.g. {@code "2025"}; its {@code id} field must be that id. */
    public static Scenario loadBundled(String id) throws ScenarioException {
        String name = id + ".json";
        Problems problems = new Problems(name);
        if (id == null || !IdStyle.LOWER.matches(id)) {
            problems.add("$", "no bundled scenario \"" + id + "\" (bundled: " + String.join(", ", bundledIds()) + ")");
            problems.throwIfAny();
        }
        byte[] bytes = null;
        try (InputStream in = ScenarioLoader.class.getResourceAsStream(resource(id))) {
            if (in == null) {
                problems.add("$", "no bundled scenario \"" + id + "\" (bundled: " + String.join(", ", bundledIds())
                        + ")");
            } else {
                bytes = ScenarioSource.read(in, problems);
            }
        } catch (IOException e) {
            problems.add("$", "cannot read the bundled scenario (" + e.getMessage() + ")");
        }
        problems.throwIfAny();
        Scenario scenario = load(name, bytes);
        if (!id.equals(scenario.id())) {
            problems.add("$.id", "must be \"" + id + "\" like the bundled file's name, got \"" + scenario.id() + "\"");
            problems.throwIfAny();
        }
        return scenario;
    }

    /** Ids of the scenarios shipped with the game that are present (at least "2025" and "classroom" in a release). */
    public static List<String> bundledIds() {
        List<String> ids = new ArrayList<>();
        for (String id : KNOWN_BUNDLED) if (ScenarioLoader.class.getResource(resource(id)) != null) ids.add(id);
        return List.copyOf(ids);
    }

    /** A bundled scenario when the argument is a bundled id, otherwise the file at that path. */
    public static Scenario loadByIdOrPath(String idOrPath) throws ScenarioException {
        if (idOrPath == null || idOrPath.isBlank()) {
            throw new ScenarioException(new Problem("?", "$", "no scenario given (a bundled id such as 2025, or a file)"));
        }
        if (IdStyle.LOWER.matches(idOrPath) && ScenarioLoader.class.getResource(resource(idOrPath)) != null) {
            return loadBundled(idOrPath);
        }
        Path path;
        try {
            path = Path.of(idOrPath);
        } catch (InvalidPathException e) {
            throw new ScenarioException(new Problem(idOrPath, "$", "not a bundled scenario id nor a valid file path"));
        }
        if (!Files.exists(path)) {
            throw new ScenarioException(new Problem(idOrPath, "$", "no such file, and not a bundled scenario id ("
                    + String.join(", ", bundledIds()) + ")"));
        }
        return load(path);
    }

    private static Scenario build(JsonElement tree, Problems problems) throws ScenarioException {
        Scenario scenario = ScenarioReader.read(tree, problems);
        if (scenario != null) ReferenceCheck.check(scenario, problems);
        problems.throwIfAny();
        return scenario;
    }

    private static String resource(String id) {
        return "/scenarios/" + id + ".json";
    }

    private static ScenarioException internalError(Problems problems, Throwable e) {
        List<Problem> list = new ArrayList<>(problems.list());
        list.add(new Problem(problems.file(), "$", "could not be read (internal error: " + e + ")"));
        return new ScenarioException(list);
    }
}
