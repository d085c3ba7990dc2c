package chokepoint.persistence;

import chokepoint.engine.order.Order;
import chokepoint.engine.scenario.Scenario;
import chokepoint.scenario.Problem;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scripted orders for the headless runner (docs/ORDERS-FORMAT.md):
 * <pre>{"formatVersion": 1, "turns": {"1": {"CHN": [{"type": "ImposeExportControl", ...}], "JPN": [...]}, "2": {...}}}</pre>
 * The {@code actor} of each order is taken from its key. Reading reports every bad entry (unknown type,
 * missing field, wrong type, NaN, unknown field) with file, JSON path and problem.
 */
public final class OrderFile {
    public static final int FORMAT_VERSION = 1;

    /** Fields an order file may leave out, with the value used then. */
    static final Map<String, JsonElement> DEFAULTS = Map.of(
            "ImposeExportControl.quotaShare", new JsonPrimitive(0),
            "FoundZone.priceFloorShare", new JsonPrimitive(0),
            "FoundZone.commonTariff", new JsonPrimitive(0),
            "FoundZone.rules", new JsonArray(),
            "Target.actors", new JsonArray(),
            "Target.zone", JsonNull.INSTANCE);

    private static final Gson GSON = GameJson.forOrderFiles(DEFAULTS);
    private static final Gson PRETTY = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private OrderFile() {}

    /** The orders of a file: turn number to actor id to orders. */
    public record Script(Map<Integer, Map<String, List<Order>>> turns) {
        public Script {
            Map<Integer, Map<String, List<Order>>> copy = new TreeMap<>();
            for (var e : turns.entrySet()) {
                Map<String, List<Order>> m = new LinkedHashMap<>();
                for (var x : e.getValue().entrySet()) m.put(x.getKey(), List.copyOf(x.getValue()));
                copy.put(e.getKey(), Collections.unmodifiableMap(m));
            }
            turns = Collections.unmodifiableMap(copy);
        }

        public static Script empty() {
            return new Script(Map.of());
        }

        /** Orders of a turn by actor (empty when the file has none). */
        public Map<String, List<Order>> ordersFor(int turn) {
            return turns.getOrDefault(turn, Map.of());
        }

        /** Whether the file gives {@code actor} orders for {@code turn} (an empty list counts: "no orders"). */
        public boolean scripts(int turn, String actor) {
            return ordersFor(turn).containsKey(actor);
        }
    }

    public static Script load(Path file) throws OrderFileException {
        String name = JsonInput.fileName(file);
        try {
            return parse(name, JsonInput.readFile(file));
        } catch (SaveException e) {
            throw new OrderFileException(e.problems());
        }
    }

    public static Script parse(String name, byte[] content) throws OrderFileException {
        JsonElement tree;
        try {
            tree = JsonInput.parse(name, content);
        } catch (SaveException e) {
            throw new OrderFileException(e.problems());
        }
        return fromJson(name, tree);
    }

    /** Reads a parsed tree; every problem is collected before failing. */
    public static Script fromJson(String name, JsonElement tree) throws OrderFileException {
        List<Problem> problems = new ArrayList<>();
        Map<Integer, Map<String, List<Order>>> turns = new TreeMap<>();
        try {
            read(name, tree, problems, turns);
        } catch (RuntimeException | StackOverflowError e) {
            problems.add(new Problem(name, "$", "could not be read (internal error: " + e + ")"));
        }
        if (!problems.isEmpty()) throw new OrderFileException(problems);
        return new Script(turns);
    }

    private static void read(String name, JsonElement tree, List<Problem> problems, Map<Integer, Map<String, List<Order>>> turns) {
        if (!tree.isJsonObject()) {
            problems.add(new Problem(name, "$", "an order file must be a JSON object {\"formatVersion\": 1, \"turns\": {...}}"));
            return;
        }
        JsonObject root = tree.getAsJsonObject();
        for (String key : root.keySet()) {
            if (!key.equals("formatVersion") && !key.equals("turns") && !key.equals("description")) {
                problems.add(new Problem(name, "$." + key, "unknown field (an order file has formatVersion, turns, description)"));
            }
        }
        JsonElement fv = root.get("formatVersion");
        if (fv == null) {
            problems.add(new Problem(name, "$.formatVersion", "missing field (use 1)"));
        } else if (!fv.isJsonPrimitive() || !fv.getAsJsonPrimitive().isNumber()) {
            problems.add(new Problem(name, "$.formatVersion", "must be a number, got " + GameJson.describe(fv)));
        } else if (fv.getAsDouble() != FORMAT_VERSION) {
            problems.add(new Problem(name, "$.formatVersion", fv.getAsDouble() > FORMAT_VERSION
                    ? "made by a newer version of Chokepoint (order format " + fv + ", this version reads " + FORMAT_VERSION + ")"
                    : "unsupported order format " + fv + " (this version reads " + FORMAT_VERSION + ")"));
            return;
        }
        JsonElement t = root.get("turns");
        if (t == null) {
            problems.add(new Problem(name, "$.turns", "missing field"));
            return;
        }
        if (!t.isJsonObject()) {
            problems.add(new Problem(name, "$.turns", "must be an object of turn number to orders, got " + GameJson.describe(t)));
            return;
        }
        for (Map.Entry<String, JsonElement> te : t.getAsJsonObject().entrySet()) {
            String tp = "$.turns." + te.getKey();
            int turn;
            try {
                turn = Integer.parseInt(te.getKey());
            } catch (NumberFormatException e) {
                turn = -1;
            }
            if (turn < 1 || !te.getKey().equals(Integer.toString(turn))) {
                problems.add(new Problem(name, tp, "a turn key must be a whole number ≥ 1, got \"" + te.getKey() + "\""));
                continue;
            }
            if (!te.getValue().isJsonObject()) {
                problems.add(new Problem(name, tp, "must be an object of actor id to a list of orders, got " + GameJson.describe(te.getValue())));
                continue;
            }
            Map<String, List<Order>> byActor = new LinkedHashMap<>();
            for (Map.Entry<String, JsonElement> ae : te.getValue().getAsJsonObject().entrySet()) {
                String actor = ae.getKey();
                String ap = tp + "." + actor;
                if (actor.isBlank()) {
                    problems.add(new Problem(name, ap, "an actor id must not be empty"));
                    continue;
                }
                if (!ae.getValue().isJsonArray()) {
                    problems.add(new Problem(name, ap, "must be a list of orders, got " + GameJson.describe(ae.getValue())));
                    continue;
                }
                List<Order> orders = new ArrayList<>();
                JsonArray arr = ae.getValue().getAsJsonArray();
                for (int i = 0; i < arr.size(); i++) {
                    String op = ap + "[" + i + "]";
                    JsonElement oe = arr.get(i);
                    if (oe.isJsonObject()) {
                        JsonObject o = oe.getAsJsonObject().deepCopy();
                        JsonElement given = o.get("actor");
                        if (given != null && !(given.isJsonPrimitive() && given.getAsString().equals(actor))) {
                            problems.add(new Problem(name, op + ".actor", "is " + given + " but the order is listed under " + actor
                                    + " (leave actor out: it is taken from the key)"));
                            continue;
                        }
                        o.addProperty("actor", actor);
                        oe = o;
                    }
                    try {
                        orders.add((Order) GameJson.read(GSON, oe, Order.class, op));
                    } catch (PathedException e) {
                        problems.add(new Problem(name, e.path, e.problem));
                    }
                }
                byActor.put(actor, orders);
            }
            turns.put(turn, byActor);
        }
    }

    /** Problems of a well-formed script against a scenario: unknown actor ids, turns beyond the last. */
    public static List<Problem> check(String name, Script script, Scenario scenario) {
        List<Problem> out = new ArrayList<>();
        int last = scenario.calendar().turns();
        for (var te : script.turns().entrySet()) {
            if (te.getKey() > last) {
                out.add(new Problem(name, "$.turns." + te.getKey(), "the scenario " + scenario.id() + " has only " + last + " turns"));
            }
            for (String actor : te.getValue().keySet()) {
                if (scenario.actorIndex(actor) < 0) {
                    out.add(new Problem(name, "$.turns." + te.getKey() + "." + actor, "unknown actor id \"" + actor
                            + "\" in scenario " + scenario.id()));
                }
            }
        }
        return out;
    }

    /** Writes orders as an order file (the actor of each order is left out: it is the key). */
    public static String toJson(Map<Integer, Map<String, List<Order>>> turns) {
        JsonObject root = new JsonObject();
        root.addProperty("formatVersion", FORMAT_VERSION);
        JsonObject t = new JsonObject();
        for (var te : new TreeMap<>(turns).entrySet()) {
            if (te.getValue().isEmpty()) continue;
            JsonObject byActor = new JsonObject();
            for (var ae : te.getValue().entrySet()) {
                JsonArray arr = new JsonArray();
                for (Order o : ae.getValue()) {
                    JsonObject json = GSON.toJsonTree(o, Order.class).getAsJsonObject();
                    json.remove("actor");
                    arr.add(json);
                }
                byActor.add(ae.getKey(), arr);
            }
            t.add(Integer.toString(te.getKey()), byActor);
        }
        root.add("turns", t);
        return PRETTY.toJson(root) + "\n";
    }

    /** The order log of a game as an order file's turns (turn 1 = the first entry). */
    public static Map<Integer, Map<String, List<Order>>> fromOrderLog(List<Map<String, List<Order>>> log) {
        Map<Integer, Map<String, List<Order>>> out = new TreeMap<>();
        for (int i = 0; i < log.size(); i++) out.put(i + 1, log.get(i));
        return out;
    }

    /** Whether a parsed tree looks like an order file: an object with "turns" and no save or scenario markers. */
    public static boolean looksLikeOrderFile(JsonElement tree) {
        if (tree == null || !tree.isJsonObject()) return false;
        JsonObject o = tree.getAsJsonObject();
        return o.has("turns") && !o.has("format") && !o.has("actors") && !o.has("commodities");
    }
}
