package chokepoint.facilitator.io;

import chokepoint.engine.scenario.EffectDef;
import chokepoint.engine.scenario.EffectKind;
import chokepoint.engine.scenario.Text;
import chokepoint.facilitator.Inject;
import chokepoint.facilitator.ScheduledInject;
import chokepoint.scenario.Problem;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads and writes inject lists and schedules as JSON (the format of {@code assets/injects/library.json}):
 * <pre>{ "formatVersion": 1, "injects": [ inject... ], "schedule": [ { "turn": 5, "inject": inject }... ] }</pre>
 * An inject is {@code {id, title:{en,ja}, text:{en,ja}, effects:[{kind, actor, target, commodity, stage, mode,
 * value, duration}], source}}. Bad input gives an {@link InjectFileException} listing every problem with file and
 * JSON path; nothing is partially loaded.
 */
public final class InjectJson {
    public static final int FORMAT_VERSION = 1;
    public static final String BUNDLED_LIBRARY = "/injects/library.json";
    private static final Set<String> ROOT_FIELDS = Set.of("formatVersion", "description", "injects", "schedule");
    private static final Set<String> INJECT_FIELDS = Set.of("id", "title", "text", "effects", "source");
    private static final Set<String> EFFECT_FIELDS = Set.of("kind", "actor", "target", "commodity", "stage", "mode", "value", "duration");

    private InjectJson() {}

    /** The library bundled with the game. */
    public static List<Inject> bundledLibrary() throws InjectFileException {
        try (InputStream in = InjectJson.class.getResourceAsStream(BUNDLED_LIBRARY)) {
            if (in == null) throw new InjectFileException(List.of(new Problem("library.json", "$", "not found on the classpath")));
            return read("library.json", new String(in.readAllBytes(), StandardCharsets.UTF_8)).injects();
        } catch (IOException e) {
            throw new InjectFileException(List.of(new Problem("library.json", "$", "cannot be read: " + e.getMessage())));
        }
    }

    public static InjectFile read(Path file) throws InjectFileException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try {
            return read(name, Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new InjectFileException(List.of(new Problem(name, "$", "cannot be read: " + e.getMessage())));
        }
    }

    public static InjectFile read(String fileName, String json) throws InjectFileException {
        JsonElement root;
        try {
            root = JsonParser.parseString(json);
        } catch (JsonParseException | IllegalStateException e) {
            throw new InjectFileException(List.of(new Problem(fileName, "$", "not valid JSON: " + e.getMessage())));
        }
        return read(fileName, root);
    }

    /** Reads an already parsed tree (e.g. the schedule inside a save); paths in problems start at its root. */
    public static InjectFile read(String fileName, JsonElement root) throws InjectFileException {
        List<Problem> problems = new ArrayList<>();
        InjectFile out = new Reader(fileName, problems).file(root);
        if (!problems.isEmpty()) throw new InjectFileException(problems);
        return out;
    }

    public static void write(Path file, List<Inject> injects, List<ScheduledInject> schedule) throws IOException {
        Files.writeString(file, toJson(injects, schedule), StandardCharsets.UTF_8);
    }

    public static String toJson(List<Inject> injects, List<ScheduledInject> schedule) {
        JsonObject root = new JsonObject();
        root.addProperty("formatVersion", FORMAT_VERSION);
        JsonArray list = new JsonArray();
        for (Inject i : injects) list.add(inject(i));
        root.add("injects", list);
        root.add("schedule", scheduleTree(schedule));
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root) + "\n";
    }

    /** A schedule as the JSON array of an inject file ({@code {key, turn, inject}} each); read back with {@link #read(String, JsonElement)}. */
    public static JsonArray scheduleTree(List<ScheduledInject> schedule) {
        JsonArray sched = new JsonArray();
        for (ScheduledInject s : schedule) {
            JsonObject o = new JsonObject();
            o.addProperty("key", s.key());
            o.addProperty("turn", s.turn());
            o.add("inject", inject(s.inject()));
            sched.add(o);
        }
        return sched;
    }

    private static JsonObject inject(Inject i) {
        JsonObject o = new JsonObject();
        o.addProperty("id", i.id());
        o.add("title", text(i.title()));
        o.add("text", text(i.text()));
        JsonArray effects = new JsonArray();
        for (EffectDef e : i.effects()) {
            JsonObject x = new JsonObject();
            x.addProperty("kind", e.kind().name());
            if (e.actor() != null) x.addProperty("actor", e.actor());
            if (e.target() != null) x.addProperty("target", e.target());
            if (e.commodity() != null) x.addProperty("commodity", e.commodity());
            if (e.stage() != null) x.addProperty("stage", e.stage());
            if (e.mode() != null) x.addProperty("mode", e.mode());
            x.addProperty("value", e.value());
            x.addProperty("duration", e.duration());
            effects.add(x);
        }
        o.add("effects", effects);
        o.addProperty("source", i.source());
        return o;
    }

    private static JsonObject text(Text t) {
        JsonObject o = new JsonObject();
        o.addProperty("en", t == null ? "" : t.en());
        o.addProperty("ja", t == null || t.ja() == null ? "" : t.ja());
        return o;
    }

    /** Walks the tree, collecting every problem rather than stopping at the first. */
    private static final class Reader {
        private final String file;
        private final List<Problem> problems;

        Reader(String file, List<Problem> problems) {
            this.file = file;
            this.problems = problems;
        }

        InjectFile file(JsonElement root) {
            List<Inject> injects = new ArrayList<>();
            List<ScheduledInject> schedule = new ArrayList<>();
            if (!root.isJsonObject()) {
                problem("$", "must be an object with \"injects\" and/or \"schedule\"");
                return new InjectFile(injects, schedule);
            }
            JsonObject o = root.getAsJsonObject();
            unknownFields(o, "$", ROOT_FIELDS);
            if (o.has("formatVersion")) {
                Integer v = integer(o.get("formatVersion"), "$.formatVersion");
                if (v != null && v > FORMAT_VERSION) {
                    problem("$.formatVersion", "version " + v + " is newer than this game reads (" + FORMAT_VERSION + ")");
                }
            }
            if (!o.has("injects") && !o.has("schedule")) problem("$", "has neither \"injects\" nor \"schedule\"");
            JsonArray list = array(o, "injects", "$");
            if (list != null) {
                for (int i = 0; i < list.size(); i++) {
                    Inject in = inject(list.get(i), "$.injects[" + i + "]");
                    if (in != null) injects.add(in);
                }
            }
            JsonArray sched = array(o, "schedule", "$");
            Set<String> keys = new java.util.HashSet<>(); // a scheduled inject's key is part of its event id once fired
            if (sched != null) {
                for (int i = 0; i < sched.size(); i++) {
                    String path = "$.schedule[" + i + "]";
                    if (!sched.get(i).isJsonObject()) { problem(path, "must be an object {turn, inject}"); continue; }
                    JsonObject s = sched.get(i).getAsJsonObject();
                    unknownFields(s, path, Set.of("turn", "inject", "key"));
                    Integer turn = s.has("turn") ? integer(s.get("turn"), path + ".turn") : null;
                    if (!s.has("turn")) problem(path + ".turn", "is missing");
                    else if (turn != null && turn < 1) problem(path + ".turn", "must be 1 or later, got " + turn);
                    Inject in = s.has("inject") ? inject(s.get("inject"), path + ".inject") : null;
                    if (!s.has("inject")) problem(path + ".inject", "is missing");
                    String key = s.has("key") ? string(s, "key", path, true) : "s" + (i + 1);
                    if (key != null && !key.matches("s[0-9]{1,9}")) problem(path + ".key", "must be \"s\" and a number, got \"" + key + "\"");
                    else if (key != null && !keys.add(key)) problem(path + ".key", "duplicate key \"" + key + "\"");
                    if (turn != null && turn >= 1 && in != null && key != null) schedule.add(new ScheduledInject(key, turn, in));
                }
            }
            checkDuplicateIds(injects);
            return new InjectFile(injects, schedule);
        }

        private void checkDuplicateIds(List<Inject> injects) {
            Set<String> seen = new java.util.HashSet<>();
            for (int i = 0; i < injects.size(); i++) {
                if (!seen.add(injects.get(i).id())) problem("$.injects[" + i + "].id", "duplicate id '" + injects.get(i).id() + "'");
            }
        }

        private Inject inject(JsonElement e, String path) {
            if (!e.isJsonObject()) { problem(path, "must be an object"); return null; }
            JsonObject o = e.getAsJsonObject();
            int before = problems.size();
            unknownFields(o, path, INJECT_FIELDS);
            String id = string(o, "id", path, true);
            if (id != null && !id.matches("[a-z0-9][a-z0-9_.-]{0,50}")) {
                problem(path + ".id", "must be a lower-case id (a-z, 0-9, _ . -, at most 51 characters), got \"" + id + "\"");
            }
            Text title = text(o, "title", path, true);
            Text text = text(o, "text", path, false);
            String source = string(o, "source", path, false);
            if (source == null || source.isBlank()) problem(path + ".source", "is missing: every inject cites where it comes from");
            List<EffectDef> effects = new ArrayList<>();
            JsonArray arr = array(o, "effects", path);
            if (arr == null) problem(path + ".effects", "is missing");
            else if (arr.isEmpty()) problem(path + ".effects", "is empty");
            else for (int i = 0; i < arr.size(); i++) {
                EffectDef d = effect(arr.get(i), path + ".effects[" + i + "]");
                if (d != null) effects.add(d);
            }
            if (problems.size() > before) return null;
            return new Inject(id, title, text == null ? new Text("", "") : text, effects, source);
        }

        private EffectDef effect(JsonElement e, String path) {
            if (!e.isJsonObject()) { problem(path, "must be an object"); return null; }
            JsonObject o = e.getAsJsonObject();
            unknownFields(o, path, EFFECT_FIELDS);
            String kindName = string(o, "kind", path, true);
            EffectKind kind = null;
            if (kindName != null) {
                try {
                    kind = EffectKind.valueOf(kindName);
                } catch (IllegalArgumentException x) {
                    problem(path + ".kind", "unknown kind \"" + kindName + "\"; one of " + java.util.Arrays.toString(EffectKind.values()));
                }
            }
            double value = 0;
            if (o.has("value")) {
                JsonElement v = o.get("value");
                if (v.isJsonPrimitive() && v.getAsJsonPrimitive().isNumber() && Double.isFinite(v.getAsDouble())) value = v.getAsDouble();
                else problem(path + ".value", "must be a finite number, got " + v);
            }
            int duration = 0;
            if (o.has("duration")) {
                Integer d = integer(o.get("duration"), path + ".duration");
                if (d != null && d < 0) problem(path + ".duration", "must be 0 or more, got " + d);
                if (d != null) duration = d;
            }
            String mode = string(o, "mode", path, false);
            if (mode != null && !Set.of("LICENCE", "QUOTA", "BAN").contains(mode)) {
                problem(path + ".mode", "must be LICENCE, QUOTA or BAN, got \"" + mode + "\"");
            }
            if (kind == null) return null;
            return new EffectDef(kind, string(o, "actor", path, false), string(o, "target", path, false),
                    string(o, "commodity", path, false), string(o, "stage", path, false), mode, value, duration);
        }

        private Text text(JsonObject o, String field, String path, boolean required) {
            if (!o.has(field)) {
                if (required) problem(path + "." + field, "is missing");
                return null;
            }
            JsonElement e = o.get(field);
            if (!e.isJsonObject()) { problem(path + "." + field, "must be {\"en\": ..., \"ja\": ...}"); return null; }
            JsonObject t = e.getAsJsonObject();
            String en = string(t, "en", path + "." + field, true);
            String ja = string(t, "ja", path + "." + field, false);
            if (en != null && en.isBlank() && required) problem(path + "." + field + ".en", "is empty");
            return new Text(en == null ? "" : en, ja == null ? "" : ja);
        }

        private String string(JsonObject o, String field, String path, boolean required) {
            if (!o.has(field) || o.get(field).isJsonNull()) {
                if (required) problem(path + "." + field, "is missing");
                return null;
            }
            JsonElement e = o.get(field);
            if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isString()) return e.getAsString();
            problem(path + "." + field, "must be a string, got " + e);
            return null;
        }

        private JsonArray array(JsonObject o, String field, String path) {
            if (!o.has(field)) return null;
            if (o.get(field).isJsonArray()) return o.get(field).getAsJsonArray();
            problem(path + "." + field, "must be an array");
            return null;
        }

        private Integer integer(JsonElement e, String path) {
            if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber()) {
                double d = e.getAsDouble();
                if (d == Math.rint(d) && Math.abs(d) < 1e9) return (int) d;
            }
            problem(path, "must be a whole number, got " + (e instanceof JsonPrimitive ? e.toString() : e));
            return null;
        }

        private void unknownFields(JsonObject o, String path, Set<String> allowed) {
            for (String k : o.keySet()) if (!allowed.contains(k)) problem(path + "." + k, "unknown field; expected one of " + new java.util.TreeSet<>(allowed));
        }

        private void problem(String path, String message) {
            problems.add(new Problem(file, path, message));
        }
    }
}
