package chokepoint.scenario;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;

import java.io.EOFException;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds a Gson {@link JsonElement} tree from strict JSON text without recursion, rejecting nesting deeper than
 * {@link #MAX_DEPTH} and reporting duplicate keys (which Gson's own tree builder silently overwrites).
 */
final class JsonTree {
    /** Deepest nesting of objects and arrays accepted; real scenarios need about 6. */
    static final int MAX_DEPTH = 64;

    private static final Pattern LOCATION = Pattern.compile(" at line (\\d+) column (\\d+) path (\\S*)");

    private JsonTree() {}

    /** The tree of the text, or null when the text is not valid JSON (the problem is added). */
    static JsonElement parse(String text, Problems problems) {
        JsonReader reader = new JsonReader(new StringReader(text));
        reader.setStrictness(Strictness.STRICT);
        reader.setNestingLimit(MAX_DEPTH + 1);
        try {
            JsonElement root = readValue(reader, problems);
            if (root == null) return null;
            if (!atEnd(reader)) {
                problems.add("$", "unexpected content after the end of the JSON document");
                return null;
            }
            return root;
        } catch (EOFException e) {
            problems.add(pathOf(e, reader), "the JSON ends too early (is the file truncated?)" + location(e));
        } catch (IOException | IllegalStateException | NumberFormatException e) {
            problems.add(pathOf(e, reader), "invalid JSON: " + reason(e) + location(e));
        }
        return null;
    }

    private static boolean atEnd(JsonReader reader) {
        try {
            return reader.peek() == JsonToken.END_DOCUMENT;
        } catch (IOException e) {
            return false;
        }
    }

    private static JsonElement readValue(JsonReader reader, Problems problems) throws IOException {
        Deque<JsonElement> open = new ArrayDeque<>();
        Deque<String> names = new ArrayDeque<>();
        JsonElement root = null;
        do {
            JsonToken token = reader.peek();
            JsonElement value;
            switch (token) {
                case BEGIN_OBJECT, BEGIN_ARRAY -> {
                    if (open.size() >= MAX_DEPTH) {
                        problems.add(reader.getPath(), "the JSON is nested deeper than " + MAX_DEPTH + " levels");
                        return null;
                    }
                    if (token == JsonToken.BEGIN_OBJECT) {
                        reader.beginObject();
                        value = new JsonObject();
                    } else {
                        reader.beginArray();
                        value = new JsonArray();
                    }
                    JsonElement parent = open.peek();
                    attach(parent, names, value);
                    if (parent == null) root = value;
                    open.push(value);
                    continue;
                }
                case END_OBJECT -> {
                    reader.endObject();
                    open.pop();
                    continue;
                }
                case END_ARRAY -> {
                    reader.endArray();
                    open.pop();
                    continue;
                }
                case NAME -> {
                    String name = reader.nextName();
                    JsonObject object = (JsonObject) open.peek();
                    if (object.has(name)) problems.add(reader.getPath(), "duplicate key \"" + name + "\"");
                    names.push(name);
                    continue;
                }
                case STRING -> value = new JsonPrimitive(reader.nextString());
                case NUMBER -> value = new JsonPrimitive(new NumberText(reader.nextString()));
                case BOOLEAN -> value = new JsonPrimitive(reader.nextBoolean());
                case NULL -> {
                    reader.nextNull();
                    value = JsonNull.INSTANCE;
                }
                default -> throw new MalformedJsonException("unexpected " + token);
            }
            JsonElement parent = open.peek();
            if (parent == null) return value;
            attach(parent, names, value);
        } while (!open.isEmpty());
        return root;
    }

    private static void attach(JsonElement parent, Deque<String> names, JsonElement value) {
        if (parent instanceof JsonObject object) {
            object.add(names.pop(), value);
        } else if (parent instanceof JsonArray array) {
            array.add(value);
        }
    }

    private static String pathOf(Exception e, JsonReader reader) {
        Matcher m = LOCATION.matcher(String.valueOf(e.getMessage()));
        if (m.find() && m.group(3).startsWith("$")) return m.group(3);
        return reader.getPath();
    }

    private static String location(Exception e) {
        Matcher m = LOCATION.matcher(String.valueOf(e.getMessage()));
        return m.find() ? " (line " + m.group(1) + ", column " + m.group(2) + ")" : "";
    }

    private static String reason(Exception e) {
        String message = String.valueOf(e.getMessage());
        int at = message.indexOf(" at line ");
        String reason = (at >= 0 ? message.substring(0, at) : message.lines().findFirst().orElse("")).trim();
        if (reason.contains("Strictness") || reason.contains("setLenient")) {
            return "not strict JSON (comments, single quotes, unquoted names, trailing commas, NaN or Infinity"
                    + " are not allowed)";
        }
        if (reason.contains("nesting limit") || reason.contains("Nesting limit")) {
            return "nested deeper than " + MAX_DEPTH + " levels";
        }
        return reason.isEmpty() ? e.getClass().getSimpleName() : reason;
    }
}
