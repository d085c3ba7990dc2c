package chokepoint.persistence;

import chokepoint.engine.order.Order;
import chokepoint.engine.scenario.Scenario;
import chokepoint.engine.state.GameState;
import chokepoint.engine.state.TradeZone;
import chokepoint.engine.state.TurnRecord;
import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@link GameState} to and from JSON. Every instance field of GameState is written under its own name (found by
 * reflection, so a field added to the engine is saved without touching this class); reading builds the state
 * through its constructor from the scenario and seed, copies arrays into the constructor's arrays (checking their
 * sizes) and fills its lists. {@link #invariants} checks what JSON types cannot.
 */
final class StateCodec {
    private StateCodec() {}

    static final List<Field> FIELDS = fields();

    private static List<Field> fields() {
        List<Field> out = new ArrayList<>();
        for (Field f : GameState.class.getDeclaredFields()) {
            int mod = f.getModifiers();
            if (Modifier.isStatic(mod) || Modifier.isTransient(mod) || f.isSynthetic()) continue;
            f.setAccessible(true);
            out.add(f);
        }
        return List.copyOf(out);
    }

    static JsonObject toJson(Gson gson, GameState s) {
        JsonObject o = new JsonObject();
        try {
            for (Field f : FIELDS) o.add(f.getName(), gson.toJsonTree(f.get(s), f.getGenericType()));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
        return o;
    }

    /** Reads a state; problems are thrown with paths under {@code at}. */
    static GameState fromJson(Gson gson, JsonObject o, String at) {
        Scenario scenario = GameJson.field(gson, o, "scenario", Scenario.class, at);
        long seed = GameJson.<Long>field(gson, o, "seed", long.class, at);
        if (scenario.actors().isEmpty()) throw new PathedException(at + ".scenario.actors", "a scenario needs actors");
        GameState s;
        try {
            s = new GameState(scenario, seed);
        } catch (RuntimeException e) {
            throw new PathedException(at + ".scenario", "is not a usable scenario (" + e + ")");
        }
        try {
            for (Field f : FIELDS) {
                String name = f.getName();
                if (name.equals("scenario") || name.equals("seed")) continue;
                String path = at + "." + name;
                Object value = name.equals("orderLog") ? readOrderLog(gson, o, at) : GameJson.field(gson, o, name, f.getGenericType(), at);
                if (Modifier.isFinal(f.getModifiers())) {
                    Object target = f.get(s);
                    if (target instanceof List<?> list) {
                        @SuppressWarnings("unchecked")
                        List<Object> l = (List<Object>) list;
                        l.addAll((List<?>) value);
                    } else if (target != null && target.getClass().isArray()) {
                        copyArray(value, target, path, name);
                    } else {
                        throw new IllegalStateException("cannot restore final field " + name);
                    }
                } else {
                    f.set(s, value);
                }
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
        return s;
    }

    /** The order log read entry by entry, so problem paths name the actor key. */
    static List<Map<String, List<Order>>> readOrderLog(Gson gson, JsonObject o, String at) {
        String path = at + ".orderLog";
        JsonElement e = o.get("orderLog");
        if (e == null) throw new PathedException(path, "missing field");
        if (!e.isJsonArray()) throw new PathedException(path, "must be an array, got " + GameJson.describe(e));
        List<Map<String, List<Order>>> log = new ArrayList<>();
        for (int t = 0; t < e.getAsJsonArray().size(); t++) {
            JsonElement turn = e.getAsJsonArray().get(t);
            String tp = path + "[" + t + "]";
            if (!turn.isJsonObject()) throw new PathedException(tp, "must be an object of actor id to orders, got " + GameJson.describe(turn));
            Map<String, List<Order>> orders = new LinkedHashMap<>();
            for (Map.Entry<String, JsonElement> x : turn.getAsJsonObject().entrySet()) {
                String xp = tp + "." + x.getKey();
                GameJson.checkValue(ORDER_LIST, x.getValue(), xp);
                @SuppressWarnings("unchecked")
                List<Order> list = (List<Order>) GameJson.read(gson, x.getValue(), ORDER_LIST, xp);
                orders.put(x.getKey(), List.copyOf(list));
            }
            log.add(orders);
        }
        return log;
    }

    private static final java.lang.reflect.Type ORDER_LIST = GameJson.listOf(Order.class);

    private static void copyArray(Object from, Object to, String path, String name) {
        int n = Array.getLength(to);
        if (Array.getLength(from) != n) {
            throw new PathedException(path, "has " + Array.getLength(from) + " entries, the scenario needs " + n
                    + (n > 0 && Array.get(to, 0) != null && Array.get(to, 0).getClass().isArray() ? " (one per actor)" : ""));
        }
        for (int i = 0; i < n; i++) {
            Object t = Array.get(to, i);
            if (t != null && t.getClass().isArray()) {
                copyArray(Array.get(from, i), t, path + "[" + i + "]", name);
            } else {
                Array.set(to, i, Array.get(from, i));
            }
        }
    }

    /** A problem found in a loaded state: where and what. */
    record Violation(String path, String message) {}

    private static final Set<String> ACTOR_FIELDS = Set.of("controller", "imposer", "founder", "from", "to", "buyer",
            "seller", "owner", "host");
    private static final Set<String> NON_NEGATIVE = Set.of("budget", "capacity", "stock", "stockTargetDays", "price",
            "outsidePrice", "demandFactor", "recyclingShare", "gdpIndex");

    /** Checks a loaded state: sizes, finite and non-negative figures, turn range, known actor ids and markets. */
    static List<Violation> invariants(GameState s, String at) {
        List<Violation> v = new ArrayList<>();
        Scenario sc = s.scenario;
        int actors = sc.actorCount();
        int markets = sc.marketCount();
        int turns = sc.calendar().turns();
        if (s.turn < 0 || s.turn > turns) v.add(new Violation(at + ".turn", "must be within 0.." + turns + ", got " + s.turn));
        if (!Double.isFinite(s.tension)) v.add(new Violation(at + ".tension", "must be a finite number"));
        if (s.history.size() != s.turn + 1) {
            v.add(new Violation(at + ".history", "has " + s.history.size() + " turn records, expected " + (s.turn + 1)
                    + " (turn 0 and every resolved turn)"));
        }
        if (s.orderLog.size() != s.turn) {
            v.add(new Violation(at + ".orderLog", "has orders for " + s.orderLog.size() + " turns, expected " + s.turn));
        }
        try {
            for (Field f : FIELDS) {
                Object val = f.get(s);
                if (val instanceof double[] d) checkNumbers(d, at + "." + f.getName(), NON_NEGATIVE.contains(f.getName()), v);
                if (val instanceof double[][] dd) {
                    for (int i = 0; i < dd.length; i++) {
                        checkNumbers(dd[i], at + "." + f.getName() + "[" + i + "]", NON_NEGATIVE.contains(f.getName()), v);
                    }
                }
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
        Set<String> ids = new HashSet<>();
        for (var a : sc.actors()) ids.add(a.id());
        checkRecords(s.controls, "controls", at, ids, markets, v);
        checkRecords(s.tariffs, "tariffs", at, ids, markets, v);
        checkRecords(s.sanctions, "sanctions", at, ids, markets, v);
        checkRecords(s.proposals, "proposals", at, ids, markets, v);
        checkRecords(s.offtakes, "offtakes", at, ids, markets, v);
        checkRecords(s.constructions, "constructions", at, ids, markets, v);
        checkRecords(s.plants, "plants", at, ids, markets, v);
        for (int i = 0; i < s.research.size(); i++) {
            String a = s.research.get(i).actor();
            if (!ids.contains(a)) v.add(new Violation(at + ".research[" + i + "].actor", unknownActor(a)));
        }
        for (int i = 0; i < s.modifiers.size(); i++) {
            var m = s.modifiers.get(i);
            if (m.actor() < -1 || m.actor() >= actors) v.add(new Violation(at + ".modifiers[" + i + "].actor", "no actor number " + m.actor()));
            if (m.market() < -1 || m.market() >= markets) v.add(new Violation(at + ".modifiers[" + i + "].market", "no market number " + m.market()));
        }
        for (int i = 0; i < s.zones.size(); i++) {
            TradeZone z = s.zones.get(i);
            if (!ids.contains(z.founder)) v.add(new Violation(at + ".zones[" + i + "].founder", unknownActor(z.founder)));
            for (int k = 0; k < z.members.size(); k++) {
                if (!ids.contains(z.members.get(k))) {
                    v.add(new Violation(at + ".zones[" + i + "].members[" + k + "]", unknownActor(z.members.get(k))));
                }
            }
        }
        for (int t = 0; t < s.orderLog.size(); t++) {
            for (Map.Entry<String, List<Order>> e : s.orderLog.get(t).entrySet()) {
                String p = at + ".orderLog[" + t + "]." + e.getKey();
                if (!ids.contains(e.getKey())) v.add(new Violation(p, unknownActor(e.getKey())));
                for (int i = 0; i < e.getValue().size(); i++) {
                    Order o = e.getValue().get(i);
                    if (o == null) {
                        v.add(new Violation(p + "[" + i + "]", "must be an order, got null"));
                    } else if (!e.getKey().equals(o.actor())) {
                        v.add(new Violation(p + "[" + i + "].actor", "is \"" + o.actor() + "\" but the order is filed under " + e.getKey()));
                    }
                }
            }
        }
        for (int t = 0; t < s.history.size(); t++) {
            TurnRecord r = s.history.get(t);
            String p = at + ".history[" + t + "]";
            if (r == null) {
                v.add(new Violation(p, "must be a turn record, got null"));
                continue;
            }
            checkRecordShapes(r, p, actors, markets, sc.sectors().size(), v);
            noNulls(r.news, p + ".news", v);
            noNulls(r.events, p + ".events", v);
            noNulls(r.leverageTerms, p + ".leverageTerms", v);
            if (r.objectives != null) {
                for (int i = 0; i < r.objectives.size(); i++) noNulls(r.objectives.get(i), p + ".objectives[" + i + "]", v);
            }
            if (r.controls != null) checkRecords(r.controls, "controls", p, ids, markets, v);
            if (r.zones != null) {
                checkRecords(r.zones, "zones", p, ids, markets, v);
                for (int i = 0; i < r.zones.size(); i++) {
                    var z = r.zones.get(i);
                    if (z == null || z.members() == null) continue;
                    for (int k = 0; k < z.members().size(); k++) {
                        if (!ids.contains(z.members().get(k))) {
                            v.add(new Violation(p + ".zones[" + i + "].members[" + k + "]", unknownActor(z.members().get(k))));
                        }
                    }
                }
            }
            if (r.flows != null) {
                for (int i = 0; i < r.flows.size(); i++) {
                    var f = r.flows.get(i);
                    if (f == null || f.seller() < 0 || f.seller() >= actors || f.buyer() < 0 || f.buyer() >= actors
                            || f.market() < 0 || f.market() >= markets) {
                        v.add(new Violation(p + ".flows[" + i + "]", "refers to an actor or market that does not exist"));
                    }
                }
            }
            if (r.turn != t) v.add(new Violation(p + ".turn", "is " + r.turn + ", expected " + t));
        }
        return v;
    }

    private static final Set<String> PER_MARKET = Set.of("price", "outsidePrice");

    /** Sizes of a turn record's arrays: [actor], [market], [actor][market], leverage [actor][actor], sectorLoss [actor][sector]. */
    private static void checkRecordShapes(TurnRecord r, String p, int actors, int markets, int sectors, List<Violation> v) {
        for (Field f : TurnRecord.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers())) continue;
            Object val;
            try {
                val = f.get(r);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
            String name = f.getName();
            String fp = p + "." + name;
            if (val instanceof double[] d) {
                int n = PER_MARKET.contains(name) ? markets : actors;
                if (d.length != n) v.add(new Violation(fp, "has " + d.length + " entries, expected " + n));
                checkNumbers(d, fp, false, v);
            } else if (val != null && val.getClass().isArray() && val.getClass().getComponentType().isArray()) {
                int rows = java.lang.reflect.Array.getLength(val);
                int cols = name.equals("leverage") ? actors : name.equals("sectorLoss") ? sectors : markets;
                if (rows != actors) {
                    v.add(new Violation(fp, "has " + rows + " rows, expected one per actor (" + actors + ")"));
                    continue;
                }
                for (int i = 0; i < rows; i++) {
                    Object row = java.lang.reflect.Array.get(val, i);
                    int len = row == null ? -1 : java.lang.reflect.Array.getLength(row);
                    if (len != cols) v.add(new Violation(fp + "[" + i + "]", "has " + Math.max(len, 0) + " entries, expected " + cols));
                    else if (row instanceof double[] d) checkNumbers(d, fp + "[" + i + "]", false, v);
                }
            }
        }
    }

    /** A list of a turn record must not hold nulls (the screens and the AI read every entry). */
    private static void noNulls(List<?> list, String path, List<Violation> v) {
        if (list == null) {
            v.add(new Violation(path, "must be a list, got null"));
            return;
        }
        for (int i = 0; i < list.size(); i++) if (list.get(i) == null) v.add(new Violation(path + "[" + i + "]", "must not be null"));
    }

    private static String unknownActor(String id) {
        return "unknown actor id \"" + id + "\"";
    }

    private static void checkNumbers(double[] d, String path, boolean nonNegative, List<Violation> v) {
        for (int i = 0; i < d.length; i++) {
            if (!Double.isFinite(d[i])) v.add(new Violation(path + "[" + i + "]", "must be a finite number"));
            else if (nonNegative && d[i] < 0) v.add(new Violation(path + "[" + i + "]", "must not be negative, got " + d[i]));
        }
    }

    private static void checkRecords(List<? extends Record> list, String name, String at, Set<String> ids, int markets,
                                     List<Violation> v) {
        for (int i = 0; i < list.size(); i++) {
            Record r = list.get(i);
            String p = at + "." + name + "[" + i + "]";
            if (r == null) {
                v.add(new Violation(p, "must not be null"));
                continue;
            }
            for (RecordComponent rc : r.getClass().getRecordComponents()) {
                Object val;
                try {
                    val = rc.getAccessor().invoke(r);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
                if (ACTOR_FIELDS.contains(rc.getName()) || (rc.getName().equals("target") && val instanceof String)) {
                    if (!(val instanceof String id) || (!ids.contains(id) && !"*".equals(id))) {
                        v.add(new Violation(p + "." + rc.getName(), unknownActor(String.valueOf(val))));
                    }
                }
                if (rc.getName().equals("market") && val instanceof Integer m && (m < -1 || m >= markets)) {
                    v.add(new Violation(p + ".market", "no market number " + m + " (the scenario has " + markets + ")"));
                }
                if (val instanceof chokepoint.engine.state.Target t && t.actors() != null) {
                    for (int k = 0; k < t.actors().size(); k++) {
                        if (!ids.contains(t.actors().get(k))) {
                            v.add(new Violation(p + "." + rc.getName() + ".actors[" + k + "]", unknownActor(t.actors().get(k))));
                        }
                    }
                }
            }
        }
    }

}
