package chokepoint.scenario;

import chokepoint.engine.scenario.Sourced;
import chokepoint.engine.scenario.Text;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Typed access to the fields of one JSON object of a scenario file. Every getter reports what is wrong
 * (with the field's JSON path) and returns a neutral value, so reading goes on and all problems are found.
 * A {@code Fields} over a value that is not an object reports that once and then stays silent.
 */
final class Fields {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final JsonObject object;
    private final String path;
    private final Problems problems;
    private final Set<String> known = new HashSet<>();

    private Fields(JsonObject object, String path, Problems problems) {
        this.object = object;
        this.path = path;
        this.problems = problems;
    }

    /** Fields of {@code element}; reports when it is not an object (null means "already reported"). */
    static Fields of(JsonElement element, String path, Problems problems) {
        if (element != null && element.isJsonObject()) return new Fields(element.getAsJsonObject(), path, problems);
        if (element != null) problems.add(path, "must be an object {...}, got " + show(element));
        return new Fields(null, path, problems);
    }

    String path() {
        return path;
    }

    Problems problems() {
        return problems;
    }

    /** JSON path of a field of this object, e.g. {@code $.actors[2].gdp} or {@code $.x['odd key']}. */
    String pathOf(String name) {
        return childPath(path, name);
    }

    static String childPath(String parent, String name) {
        if (IDENTIFIER.matcher(name).matches()) return parent + "." + name;
        return parent + "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }

    boolean has(String name) {
        known.add(name);
        return object != null && object.has(name) && !object.get(name).isJsonNull();
    }

    /** The raw value, or null when absent or JSON null; reports a missing required field. */
    JsonElement raw(String name, boolean required) {
        if (has(name)) return object.get(name);
        if (required && object != null) {
            problems.add(pathOf(name), object.has(name) ? "required field is null" : "required field is missing");
        }
        return null;
    }

    String string(String name) {
        return string(name, true);
    }

    String optString(String name) {
        return string(name, false);
    }

    private String string(String name, boolean required) {
        JsonElement e = raw(name, required);
        if (e == null) return null;
        if (isString(e) && !e.getAsString().isBlank()) {
            if (wellFormed(e.getAsString())) return e.getAsString();
            problems.add(pathOf(name), "contains an invalid character (a lone UTF-16 surrogate escape such as \\ud800)");
            return null;
        }
        problems.add(pathOf(name), "must be a non-blank string, got " + show(e));
        return null;
    }

    /** A required id of the given style. */
    String id(String name, IdStyle style) {
        return checkId(raw(name, true), pathOf(name), style);
    }

    /** An optional id; null when absent. */
    String optId(String name, IdStyle style) {
        return checkId(raw(name, false), pathOf(name), style);
    }

    String checkId(JsonElement e, String at, IdStyle style) {
        if (e == null) return null;
        if (isString(e) && style.matches(e.getAsString())) return e.getAsString();
        problems.add(at, "must be " + style.description() + ", got " + show(e));
        return null;
    }

    /** A required bilingual text: {"en": "...", "ja": "..."}, both non-blank. */
    Text text(String name) {
        return text(raw(name, true), name);
    }

    /** An optional bilingual text; null when absent. */
    Text optText(String name) {
        return text(raw(name, false), name);
    }

    private Text text(JsonElement e, String name) {
        if (e == null) return null;
        Fields t = of(e, pathOf(name), problems);
        if (t.object == null) return null;
        Text text = new Text(t.string("en"), t.string("ja"));
        t.finish();
        return text;
    }

    double number(String name, Range range) {
        return number(raw(name, true), pathOf(name), range, 0);
    }

    double optNumber(String name, Range range, double absent) {
        return number(raw(name, false), pathOf(name), range, absent);
    }

    double number(JsonElement e, String at, Range range, double fallback) {
        if (e == null) return fallback;
        if (isNumber(e)) {
            double v = e.getAsDouble() + 0.0; // + 0.0 turns -0.0 into 0.0
            if (range.contains(v)) return v;
        }
        problems.add(at, "must be " + range.describe() + ", got " + show(e));
        return fallback;
    }

    /** A required sourced figure: {"value": number, "source": "non-blank"}. */
    Sourced sourced(String name, Range range) {
        JsonElement e = raw(name, true);
        if (e == null) return null;
        return sourced(e, pathOf(name), range);
    }

    Sourced sourced(JsonElement e, String at, Range range) {
        Fields s = of(e, at, problems);
        if (s.object == null) return null;
        Sourced result = new Sourced(s.number("value", range), s.string("source"));
        s.finish();
        return result;
    }

    int integer(String name, int min, int max) {
        return (int) whole(raw(name, true), pathOf(name), min, max, 0);
    }

    int optInteger(String name, int min, int max, int absent) {
        return (int) whole(raw(name, false), pathOf(name), min, max, absent);
    }

    long longInteger(String name, long min, long max) {
        return whole(raw(name, true), pathOf(name), min, max, 0);
    }

    private long whole(JsonElement e, String at, long min, long max, long fallback) {
        if (e == null) return fallback;
        if (isNumber(e)) {
            try {
                BigDecimal exact = new BigDecimal(e.getAsNumber().toString());
                if (exact.signum() == 0 || exact.stripTrailingZeros().scale() <= 0) {
                    BigDecimal lo = BigDecimal.valueOf(min);
                    BigDecimal hi = BigDecimal.valueOf(max);
                    if (exact.compareTo(lo) >= 0 && exact.compareTo(hi) <= 0) return exact.longValueExact();
                }
            } catch (NumberFormatException | ArithmeticException ignored) {
                // reported below
            }
        }
        problems.add(at, "must be a whole number between " + min + " and " + max + ", got " + show(e));
        return fallback;
    }

    boolean bool(String name) {
        return bool(name, true, false);
    }

    boolean optBool(String name, boolean absent) {
        return bool(name, false, absent);
    }

    private boolean bool(String name, boolean required, boolean absent) {
        JsonElement e = raw(name, required);
        if (e == null) return absent;
        if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isBoolean()) return e.getAsBoolean();
        problems.add(pathOf(name), "must be true or false, got " + show(e));
        return absent;
    }

    /** A required enum constant given by its exact name. */
    <E extends Enum<E>> E enumValue(String name, Class<E> type) {
        JsonElement e = raw(name, true);
        if (e == null) return null;
        if (isString(e)) {
            for (E c : type.getEnumConstants()) if (c.name().equals(e.getAsString())) return c;
        }
        String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        problems.add(pathOf(name), "must be one of " + allowed + ", got " + show(e));
        return null;
    }

    /**
     * The items of an array field, one result per element (so indexes match the file); an absent optional
     * array is empty.
     */
    <T> List<T> list(String name, boolean required, BiFunction<JsonElement, String, T> item) {
        JsonElement e = raw(name, required);
        List<T> result = new ArrayList<>();
        if (e == null) return result;
        if (!e.isJsonArray()) {
            problems.add(pathOf(name), "must be an array [...], got " + show(e));
            return result;
        }
        JsonArray array = e.getAsJsonArray();
        for (int i = 0; i < array.size(); i++) result.add(item.apply(array.get(i), pathOf(name) + "[" + i + "]"));
        return result;
    }

    /** A required array that must have at least one element. */
    <T> List<T> nonEmptyList(String name, BiFunction<JsonElement, String, T> item) {
        List<T> result = list(name, true, item);
        if (result.isEmpty() && has(name) && object.get(name).isJsonArray()) {
            problems.add(pathOf(name), "must have at least one entry");
        }
        return result;
    }

    /** The members of an object field, in file order (an absent optional object is empty). */
    <T> Map<String, T> members(String name, boolean required, Member<T> value) {
        JsonElement e = raw(name, required);
        Map<String, T> result = new LinkedHashMap<>();
        if (e == null) return result;
        if (!e.isJsonObject()) {
            problems.add(pathOf(name), "must be an object {...}, got " + show(e));
            return result;
        }
        for (Map.Entry<String, JsonElement> m : e.getAsJsonObject().entrySet()) {
            result.put(m.getKey(), value.read(m.getKey(), m.getValue(), childPath(pathOf(name), m.getKey())));
        }
        return result;
    }

    /** Reads one member of a JSON object used as a map. */
    interface Member<T> {
        T read(String key, JsonElement value, String path);
    }

    /** Reports fields this object does not have (typos); names starting with "_" are comments and allowed. */
    void finish() {
        if (object == null) return;
        for (String name : object.keySet()) {
            if (!known.contains(name) && !name.startsWith("_")) problems.add(pathOf(name), "unknown field");
        }
    }

    /** False when the text has an unpaired surrogate (possible through backslash-u escapes; it cannot be written as UTF-8). */
    static boolean wellFormed(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    static boolean isString(JsonElement e) {
        return e.isJsonPrimitive() && e.getAsJsonPrimitive().isString();
    }

    static boolean isNumber(JsonElement e) {
        return e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber();
    }

    /** A short rendering of a JSON value for messages: "abc" quoted, numbers as written, objects summarised. */
    static String show(JsonElement e) {
        if (e == null || e.isJsonNull()) return "null";
        if (e.isJsonObject()) return "an object";
        if (e.isJsonArray()) return "an array";
        JsonPrimitive p = e.getAsJsonPrimitive();
        String text = p.isString() ? new JsonPrimitive(shorten(p.getAsString())).toString() : shorten(p.toString());
        return text;
    }

    private static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }
}
