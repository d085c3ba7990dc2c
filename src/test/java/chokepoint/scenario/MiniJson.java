package chokepoint.scenario;

import chokepoint.engine.scenario.Scenario;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The mini test scenario as a mutable JSON tree, with path helpers to break it in tests. */
final class MiniJson {
    static final String RESOURCE = "/scenarios/mini.json";
    private static final Pattern STEP = Pattern.compile("\\.([A-Za-z_][A-Za-z0-9_]*)|\\[(\\d+)]");

    private MiniJson() {}

    static byte[] bytes() {
        try (InputStream in = MiniJson.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException(RESOURCE + " is missing from the test classpath");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh copy of mini.json as a tree. */
    static JsonObject tree() {
        return JsonParser.parseString(new String(bytes(), StandardCharsets.UTF_8)).getAsJsonObject();
    }

    static Scenario load(JsonElement tree) throws ScenarioException {
        return ScenarioLoader.load("mini.json", tree.toString().getBytes(StandardCharsets.UTF_8));
    }

    static Scenario loadMini() throws ScenarioException {
        return ScenarioLoader.load("mini.json", bytes());
    }

    /** The element at a path such as {@code $.actors[3].capacities[1].annual}. */
    static JsonElement get(JsonElement root, String path) {
        JsonElement current = root;
        for (Object step : steps(path)) {
            current = step instanceof Integer i ? current.getAsJsonArray().get(i) : current.getAsJsonObject().get((String) step);
            if (current == null) throw new IllegalArgumentException("no " + path + " in mini.json");
        }
        return current;
    }

    /** Sets (or adds) the value at a path; the parent must exist. */
    static void set(JsonElement root, String path, JsonElement value) {
        List<Object> steps = steps(path);
        JsonElement parent = get(root, parentPath(path));
        Object last = steps.get(steps.size() - 1);
        if (last instanceof Integer i) parent.getAsJsonArray().set(i, value);
        else parent.getAsJsonObject().add((String) last, value);
    }

    static void remove(JsonElement root, String path) {
        List<Object> steps = steps(path);
        JsonElement parent = get(root, parentPath(path));
        Object last = steps.get(steps.size() - 1);
        if (last instanceof Integer i) parent.getAsJsonArray().remove((int) i);
        else if (parent.getAsJsonObject().remove((String) last) == null) throw new IllegalArgumentException("no " + path);
    }

    /** Appends a deep copy of the element at {@code from} to the array at {@code array}; returns the copy. */
    static JsonElement appendCopy(JsonElement root, String array, String from) {
        JsonElement copy = get(root, from).deepCopy();
        ((JsonArray) get(root, array)).add(copy);
        return copy;
    }

    private static String parentPath(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return path.substring(0, cut);
    }

    private static List<Object> steps(String path) {
        if (!path.startsWith("$")) throw new IllegalArgumentException(path);
        List<Object> steps = new ArrayList<>();
        Matcher m = STEP.matcher(path);
        int pos = 1;
        while (pos < path.length()) {
            if (!m.find(pos) || m.start() != pos) throw new IllegalArgumentException("bad path " + path);
            steps.add(m.group(1) != null ? m.group(1) : Integer.valueOf(m.group(2)));
            pos = m.end();
        }
        return steps;
    }
}
