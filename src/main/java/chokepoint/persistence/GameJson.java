package chokepoint.persistence;

import chokepoint.engine.order.Order;
import chokepoint.engine.scenario.ActorDef;
import chokepoint.engine.scenario.AllianceDef;
import chokepoint.engine.scenario.Calendar;
import chokepoint.engine.scenario.CommodityDef;
import chokepoint.engine.scenario.EffectDef;
import chokepoint.engine.scenario.EventDef;
import chokepoint.engine.scenario.ParameterKey;
import chokepoint.engine.scenario.Parameters;
import chokepoint.engine.scenario.ProjectDef;
import chokepoint.engine.scenario.RelationDef;
import chokepoint.engine.scenario.Scenario;
import chokepoint.engine.scenario.SectorDef;
import chokepoint.engine.scenario.Sourced;
import chokepoint.engine.scenario.StageDef;
import chokepoint.engine.scenario.Text;
import chokepoint.engine.scenario.TradeTieDef;
import chokepoint.engine.state.Target;
import chokepoint.engine.state.TradeZone;
import chokepoint.engine.state.ZoneRule;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Gson set-up shared by saves and order files. Records and classes of the engine are read through a checking
 * adapter: every field must be present (saves) or have a documented default (order files), have the right JSON
 * type (number, whole number, string, enum constant, array, object) and, for order files, no unknown field.
 * Problems are thrown as {@link PathedException} with the JSON path. Orders are polymorphic, tagged by
 * {@code "type"} = {@link Order#type()}, derived from {@code Order.class.getPermittedSubclasses()}.
 */
final class GameJson {
    private GameJson() {}

    /** Order type name to record class, for every permitted subclass of {@link Order}. */
    static final Map<String, Class<? extends Order>> ORDER_TYPES = orderTypes();

    /** Gson for saves: every field is written (nulls too) and required when read. */
    static Gson forSaves() {
        // fields added to the save after version 1 read with these values when missing
        // (turn records' policies: null, "not kept", so the map falls back to the live lists)
        return build(Map.of("Seat.name", new com.google.gson.JsonPrimitive(""),
                "Seat.style", new com.google.gson.JsonPrimitive("BALANCED"),
                "Seat.strength", new com.google.gson.JsonPrimitive(1),
                "TurnRecord.controls", com.google.gson.JsonNull.INSTANCE,
                "TurnRecord.zones", com.google.gson.JsonNull.INSTANCE), false);
    }

    /**
     * Gson for order files: {@code defaults} maps {@code "SimpleName.field"} to the value used when the field
     * is missing; unknown fields are problems.
     */
    static Gson forOrderFiles(Map<String, JsonElement> defaults) {
        return build(defaults, true);
    }

    private static Gson build(Map<String, JsonElement> defaults, boolean rejectUnknown) {
        return new GsonBuilder()
                .serializeNulls()
                .disableHtmlEscaping()
                .setStrictness(Strictness.STRICT)
                .registerTypeAdapterFactory(new CheckedFactory(defaults, rejectUnknown))
                .registerTypeAdapterFactory(new OrderFactory())
                .registerTypeAdapter(Parameters.class, new ParametersAdapter().nullSafe())
                .registerTypeAdapterFactory(new ScenarioFactory())
                .registerTypeAdapterFactory(new ZoneFactory())
                .create();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Class<? extends Order>> orderTypes() {
        Map<String, Class<? extends Order>> m = new LinkedHashMap<>();
        for (Class<?> c : Order.class.getPermittedSubclasses()) m.put(c.getSimpleName(), (Class<? extends Order>) c);
        return Map.copyOf(m);
    }

    // ------------------------------------------------------------------ helpers

    /** Reads field {@code name} of {@code o} as {@code type}; {@code at} is the path of {@code o}. */
    @SuppressWarnings("unchecked")
    static <T> T field(Gson gson, JsonObject o, String name, Type type, String at) {
        String path = at + "." + name;
        JsonElement v = o.get(name);
        if (v == null) throw new PathedException(path, "missing field");
        checkValue(type, v, path);
        if (v.isJsonNull()) return null;
        return (T) read(gson, v, type, path);
    }

    /** Reads a tree as {@code type}, turning every failure into a {@link PathedException} under {@code path}. */
    static Object read(Gson gson, JsonElement v, Type type, String path) {
        try {
            return gson.getAdapter(TypeToken.get(type)).fromJsonTree(v);
        } catch (PathedException e) {
            throw e.under(path);
        } catch (RuntimeException e) {
            Cleaned c = clean(e);
            throw new PathedException(PathedException.join(path, c.path), c.message);
        }
    }

    static Type listOf(Type t) {
        return TypeToken.getParameterized(List.class, t).getType();
    }

    /**
     * Checks that a JSON value has the JSON type the Java type needs, with a readable problem otherwise.
     * Null is allowed only where the Java type is a String or a record other than {@link Target}.
     */
    static void checkValue(Type type, JsonElement v, String path) {
        Class<?> raw = TypeToken.get(type).getRawType();
        if (v.isJsonNull()) {
            if (raw.isPrimitive() || raw.isEnum() || Collection.class.isAssignableFrom(raw)
                    || Map.class.isAssignableFrom(raw) || raw.isArray() || raw == Target.class || raw == Calendar.class
                    || raw == Scenario.class || raw == Parameters.class) {
                throw new PathedException(path, "must not be null");
            }
            return;
        }
        if (raw == double.class || raw == Double.class || raw == float.class) {
            requireNumber(v, path);
            if (!Double.isFinite(v.getAsDouble())) throw new PathedException(path, "must be a finite number, got " + v);
        } else if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) {
            requireNumber(v, path);
            BigDecimal bd;
            try {
                bd = v.getAsBigDecimal();
            } catch (NumberFormatException e) {
                throw new PathedException(path, "must be a whole number, got " + v);
            }
            boolean isInt = raw == int.class || raw == Integer.class;
            if (bd.signum() != 0 && bd.stripTrailingZeros().scale() > 0) {
                throw new PathedException(path, "must be a whole number, got " + v);
            }
            BigDecimal min = BigDecimal.valueOf(isInt ? Integer.MIN_VALUE : Long.MIN_VALUE);
            BigDecimal max = BigDecimal.valueOf(isInt ? Integer.MAX_VALUE : Long.MAX_VALUE);
            if (bd.compareTo(min) < 0 || bd.compareTo(max) > 0) throw new PathedException(path, "number out of range: " + v);
        } else if (raw == boolean.class || raw == Boolean.class) {
            if (!v.isJsonPrimitive() || !v.getAsJsonPrimitive().isBoolean()) {
                throw new PathedException(path, "must be true or false, got " + describe(v));
            }
        } else if (raw == String.class) {
            if (!v.isJsonPrimitive() || !v.getAsJsonPrimitive().isString()) {
                throw new PathedException(path, "must be a string, got " + describe(v));
            }
        } else if (raw.isEnum()) {
            checkEnum(raw, v, path);
        } else if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
            if (!v.isJsonArray()) throw new PathedException(path, "must be an array, got " + describe(v));
            Type element = raw.isArray() ? raw.getComponentType() : typeArgument(type, 0);
            if (element != null) {
                JsonArray arr = v.getAsJsonArray();
                for (int i = 0; i < arr.size(); i++) checkValue(element, arr.get(i), path + "[" + i + "]");
            }
        } else if (Map.class.isAssignableFrom(raw)) {
            if (!v.isJsonObject()) throw new PathedException(path, "must be an object, got " + describe(v));
            Type valueType = typeArgument(type, 1);
            if (valueType != null) {
                for (Map.Entry<String, JsonElement> e : v.getAsJsonObject().entrySet()) {
                    checkValue(valueType, e.getValue(), path + "." + e.getKey());
                }
            }
        } else if (raw.isRecord() || raw == Scenario.class || raw == TradeZone.class || raw == Parameters.class) {
            if (!v.isJsonObject()) throw new PathedException(path, "must be an object, got " + describe(v));
        }
    }

    private static Type typeArgument(Type type, int i) {
        if (type instanceof ParameterizedType pt && pt.getActualTypeArguments().length > i) return pt.getActualTypeArguments()[i];
        return null;
    }

    private static void requireNumber(JsonElement v, String path) {
        if (!v.isJsonPrimitive() || !v.getAsJsonPrimitive().isNumber()) {
            throw new PathedException(path, "must be a number, got " + describe(v));
        }
    }

    private static void checkEnum(Class<?> raw, JsonElement v, String path) {
        Object[] constants = raw.getEnumConstants();
        if (v.isJsonPrimitive() && v.getAsJsonPrimitive().isString()) {
            for (Object c : constants) if (((Enum<?>) c).name().equals(v.getAsString())) return;
        }
        StringBuilder names = new StringBuilder();
        for (Object c : constants) names.append(names.length() == 0 ? "" : ", ").append(((Enum<?>) c).name());
        throw new PathedException(path, "must be one of " + names + ", got " + describe(v));
    }

    /** A short description of a JSON value for messages. */
    static String describe(JsonElement v) {
        if (v == null) return "nothing";
        if (v.isJsonNull()) return "null";
        if (v.isJsonArray()) return "an array";
        if (v.isJsonObject()) return "an object";
        String s = v.toString();
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    record Cleaned(String path, String message) {}

    private static final Pattern GSON_PATH = Pattern.compile("(?: at line \\d+ column \\d+)? (?:at )?path (\\$\\S*)");

    /** Gson's exception text without class names, troubleshooting links and positions; the path separated. */
    static Cleaned clean(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t && (t.getMessage() == null || t.getMessage().startsWith("java."))) {
            t = t.getCause();
        }
        String msg = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        int see = msg.indexOf("\nSee ");
        if (see >= 0) msg = msg.substring(0, see);
        msg = msg.replaceFirst("^[a-z]+(\\.[a-zA-Z]+)+(Exception|Error): ", "");
        String path = "$";
        Matcher m = GSON_PATH.matcher(msg);
        if (m.find()) {
            path = m.group(1);
            msg = (msg.substring(0, m.start()) + msg.substring(m.end())).trim();
        }
        return new Cleaned(path, msg.isEmpty() ? "could not be read" : msg);
    }

    // ------------------------------------------------------------------ checking adapter for engine records/classes

    private static final class CheckedFactory implements TypeAdapterFactory {
        private final Map<String, JsonElement> defaults;
        private final boolean rejectUnknown;

        CheckedFactory(Map<String, JsonElement> defaults, boolean rejectUnknown) {
            this.defaults = defaults;
            this.rejectUnknown = rejectUnknown;
        }

        @Override
        public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
            Class<? super T> raw = type.getRawType();
            boolean ours = raw.getName().startsWith("chokepoint.engine.") || raw == SaveMeta.class || raw == Seat.class
                    || FacilitatorSection.RECORDS.contains(raw);
            if (!ours || raw.isEnum() || raw.isInterface() || raw.isArray()
                    || raw == Scenario.class || raw == Parameters.class || raw == TradeZone.class) {
                return null;
            }
            List<String> names = new ArrayList<>();
            List<Type> types = new ArrayList<>();
            if (raw.isRecord()) {
                for (RecordComponent rc : raw.getRecordComponents()) {
                    names.add(rc.getName());
                    types.add(rc.getGenericType());
                }
            } else {
                for (Field f : raw.getDeclaredFields()) {
                    int mod = f.getModifiers();
                    if (Modifier.isStatic(mod) || Modifier.isTransient(mod) || f.isSynthetic()) continue;
                    names.add(f.getName());
                    types.add(f.getGenericType());
                }
            }
            TypeAdapter<T> delegate = gson.getDelegateAdapter(this, type);
            TypeAdapter<JsonElement> elements = gson.getAdapter(JsonElement.class);
            String simple = raw.getSimpleName();
            boolean isOrder = Order.class.isAssignableFrom(raw);
            return new TypeAdapter<T>() {
                @Override
                public void write(JsonWriter out, T value) throws IOException {
                    if (!isOrder || value == null) {
                        delegate.write(out, value);
                        return;
                    }
                    JsonObject o = new JsonObject();
                    o.addProperty("type", ((Order) value).type());
                    for (Map.Entry<String, JsonElement> e : delegate.toJsonTree(value).getAsJsonObject().entrySet()) {
                        o.add(e.getKey(), e.getValue());
                    }
                    elements.write(out, o);
                }

                @Override
                public T read(JsonReader in) throws IOException {
                    String at = in.getPath();
                    JsonElement e = elements.read(in);
                    if (e == null || e.isJsonNull()) return null;
                    if (!e.isJsonObject()) throw new PathedException(at, "must be an object, got " + describe(e));
                    JsonObject o = e.getAsJsonObject();
                    boolean copied = false;
                    for (int i = 0; i < names.size(); i++) {
                        String name = names.get(i);
                        JsonElement v = o.get(name);
                        if (v == null) {
                            JsonElement d = defaults.get(simple + "." + name);
                            if (d == null) throw new PathedException(at + "." + name, "missing field");
                            if (!copied) {
                                o = o.deepCopy();
                                copied = true;
                            }
                            o.add(name, d.deepCopy());
                            continue;
                        }
                        checkValue(types.get(i), v, at + "." + name);
                    }
                    if (rejectUnknown) {
                        for (String key : o.keySet()) {
                            if (!names.contains(key) && !(isOrder && key.equals("type"))) {
                                throw new PathedException(at + "." + key, "unknown field (fields of " + simple + ": "
                                        + String.join(", ", names) + ")");
                            }
                        }
                    }
                    try {
                        return delegate.fromJsonTree(o);
                    } catch (PathedException pe) {
                        throw pe.under(at);
                    } catch (RuntimeException ex) {
                        Cleaned c = clean(ex);
                        throw new PathedException(PathedException.join(at, c.path), c.message);
                    }
                }
            };
        }
    }

    // ------------------------------------------------------------------ orders (type tag)

    private static final class OrderFactory implements TypeAdapterFactory {
        @Override
        @SuppressWarnings("unchecked")
        public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
            if (type.getRawType() != Order.class) return null;
            TypeAdapter<JsonElement> elements = gson.getAdapter(JsonElement.class);
            return (TypeAdapter<T>) new TypeAdapter<Order>() {
                @Override
                public void write(JsonWriter out, Order value) throws IOException {
                    if (value == null) {
                        out.nullValue();
                        return;
                    }
                    elements.write(out, gson.toJsonTree(value, value.getClass()));
                }

                @Override
                public Order read(JsonReader in) throws IOException {
                    String at = in.getPath();
                    JsonElement e = elements.read(in);
                    if (e == null || e.isJsonNull()) throw new PathedException(at, "must be an order, got null");
                    if (!e.isJsonObject()) throw new PathedException(at, "must be an order object, got " + describe(e));
                    JsonElement t = e.getAsJsonObject().get("type");
                    if (t == null) throw new PathedException(at + ".type", "missing field (the order type, e.g. \"ImposeExportControl\")");
                    if (!t.isJsonPrimitive() || !t.getAsJsonPrimitive().isString()) {
                        throw new PathedException(at + ".type", "must be a string, got " + describe(t));
                    }
                    Class<? extends Order> cls = ORDER_TYPES.get(t.getAsString());
                    if (cls == null) {
                        throw new PathedException(at + ".type", "unknown order type \"" + t.getAsString() + "\" (known: "
                                + String.join(", ", new TreeMap<>(ORDER_TYPES).keySet()) + ")");
                    }
                    return (Order) GameJson.read(gson, e, cls, at);
                }
            };
        }
    }

    // ------------------------------------------------------------------ Parameters (EnumMap inside)

    private static final class ParametersAdapter extends TypeAdapter<Parameters> {
        private static final Gson PLAIN = new Gson();

        @Override
        public void write(JsonWriter out, Parameters p) throws IOException {
            out.beginObject();
            Map<ParameterKey, Sourced> values = new EnumMap<>(ParameterKey.class);
            values.putAll(p.explicitValues());
            for (Map.Entry<ParameterKey, Sourced> e : values.entrySet()) {
                out.name(e.getKey().jsonName());
                out.beginObject().name("value").value(e.getValue().value()).name("source").value(e.getValue().source()).endObject();
            }
            out.endObject();
        }

        @Override
        public Parameters read(JsonReader in) throws IOException {
            String at = in.getPath();
            JsonElement e = PLAIN.getAdapter(JsonElement.class).read(in);
            if (!e.isJsonObject()) throw new PathedException(at, "must be an object of parameters, got " + describe(e));
            Map<ParameterKey, Sourced> values = new EnumMap<>(ParameterKey.class);
            for (Map.Entry<String, JsonElement> x : e.getAsJsonObject().entrySet()) {
                String p = at + "." + x.getKey();
                ParameterKey key = ParameterKey.byJsonName(x.getKey()).orElseThrow(
                        () -> new PathedException(p, "unknown parameter"));
                if (!x.getValue().isJsonObject()) throw new PathedException(p, "must be an object {value, source}");
                JsonObject o = x.getValue().getAsJsonObject();
                JsonElement v = o.get("value");
                if (v == null) throw new PathedException(p + ".value", "missing field");
                checkValue(double.class, v, p + ".value");
                JsonElement s = o.get("source");
                if (s != null && !s.isJsonNull()) checkValue(String.class, s, p + ".source");
                values.put(key, new Sourced(v.getAsDouble(), s == null || s.isJsonNull() ? null : s.getAsString()));
            }
            return new Parameters(values);
        }
    }

    // ------------------------------------------------------------------ Scenario (final class, lazy index)

    private static final class ScenarioFactory implements TypeAdapterFactory {
        @Override
        @SuppressWarnings("unchecked")
        public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
            if (type.getRawType() != Scenario.class) return null;
            TypeAdapter<JsonElement> elements = gson.getAdapter(JsonElement.class);
            return (TypeAdapter<T>) new TypeAdapter<Scenario>() {
                @Override
                public void write(JsonWriter out, Scenario s) throws IOException {
                    if (s == null) {
                        out.nullValue();
                        return;
                    }
                    JsonObject o = new JsonObject();
                    o.addProperty("formatVersion", Scenario.FORMAT_VERSION);
                    o.addProperty("id", s.id());
                    o.add("name", gson.toJsonTree(s.name(), Text.class));
                    o.add("description", gson.toJsonTree(s.description(), Text.class));
                    o.add("calendar", gson.toJsonTree(s.calendar(), Calendar.class));
                    o.addProperty("defaultSeed", s.defaultSeed());
                    o.add("parameters", gson.toJsonTree(s.parameters(), Parameters.class));
                    o.add("stages", gson.toJsonTree(s.stages(), listOf(StageDef.class)));
                    o.add("sectors", gson.toJsonTree(s.sectors(), listOf(SectorDef.class)));
                    o.add("commodities", gson.toJsonTree(s.commodities(), listOf(CommodityDef.class)));
                    o.add("actors", gson.toJsonTree(s.actors(), listOf(ActorDef.class)));
                    o.add("relations", gson.toJsonTree(s.relations(), listOf(RelationDef.class)));
                    o.add("alliances", gson.toJsonTree(s.alliances(), listOf(AllianceDef.class)));
                    o.add("tradeTies", gson.toJsonTree(s.tradeTies(), listOf(TradeTieDef.class)));
                    o.add("initialTension", gson.toJsonTree(s.initialTension(), Sourced.class));
                    o.add("initialPolicies", gson.toJsonTree(s.initialPolicies(), listOf(EffectDef.class)));
                    o.add("projects", gson.toJsonTree(s.projects(), listOf(ProjectDef.class)));
                    o.add("events", gson.toJsonTree(s.events(), listOf(EventDef.class)));
                    elements.write(out, o);
                }

                @Override
                public Scenario read(JsonReader in) throws IOException {
                    String at = in.getPath();
                    JsonElement e = elements.read(in);
                    if (!e.isJsonObject()) throw new PathedException(at, "must be a scenario object, got " + describe(e));
                    JsonObject o = e.getAsJsonObject();
                    Scenario s = new Scenario(
                            field(gson, o, "id", String.class, at),
                            field(gson, o, "name", Text.class, at),
                            field(gson, o, "description", Text.class, at),
                            field(gson, o, "calendar", Calendar.class, at),
                            (Long) field(gson, o, "defaultSeed", long.class, at),
                            field(gson, o, "parameters", Parameters.class, at),
                            field(gson, o, "stages", listOf(StageDef.class), at),
                            field(gson, o, "sectors", listOf(SectorDef.class), at),
                            field(gson, o, "commodities", listOf(CommodityDef.class), at),
                            field(gson, o, "actors", listOf(ActorDef.class), at),
                            field(gson, o, "relations", listOf(RelationDef.class), at),
                            field(gson, o, "alliances", listOf(AllianceDef.class), at),
                            field(gson, o, "tradeTies", listOf(TradeTieDef.class), at),
                            field(gson, o, "initialTension", Sourced.class, at),
                            field(gson, o, "initialPolicies", listOf(EffectDef.class), at),
                            field(gson, o, "projects", listOf(ProjectDef.class), at),
                            field(gson, o, "events", listOf(EventDef.class), at));
                    if (s.id() == null) throw new PathedException(at + ".id", "must not be null");
                    return s;
                }
            };
        }
    }

    // ------------------------------------------------------------------ TradeZone (mutable member list)

    private static final class ZoneFactory implements TypeAdapterFactory {
        @Override
        @SuppressWarnings("unchecked")
        public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
            if (type.getRawType() != TradeZone.class) return null;
            TypeAdapter<JsonElement> elements = gson.getAdapter(JsonElement.class);
            Type rulesType = TypeToken.getParameterized(List.class, ZoneRule.class).getType();
            return (TypeAdapter<T>) new TypeAdapter<TradeZone>() {
                @Override
                public void write(JsonWriter out, TradeZone z) throws IOException {
                    if (z == null) {
                        out.nullValue();
                        return;
                    }
                    JsonObject o = new JsonObject();
                    o.addProperty("id", z.id);
                    o.addProperty("name", z.name);
                    o.addProperty("founder", z.founder);
                    o.add("rules", gson.toJsonTree(new ArrayList<>(z.rules), rulesType));
                    o.addProperty("priceFloorShare", z.priceFloorShare);
                    o.addProperty("commonTariff", z.commonTariff);
                    o.add("members", gson.toJsonTree(z.members, listOf(String.class)));
                    o.addProperty("foundedTurn", z.foundedTurn);
                    elements.write(out, o);
                }

                @Override
                public TradeZone read(JsonReader in) throws IOException {
                    String at = in.getPath();
                    JsonElement e = elements.read(in);
                    if (!e.isJsonObject()) throw new PathedException(at, "must be a trade zone object, got " + describe(e));
                    JsonObject o = e.getAsJsonObject();
                    List<ZoneRule> rules = field(gson, o, "rules", rulesType, at);
                    TradeZone z = new TradeZone(field(gson, o, "id", String.class, at), field(gson, o, "name", String.class, at),
                            field(gson, o, "founder", String.class, at), new LinkedHashSet<>(rules),
                            (Double) field(gson, o, "priceFloorShare", double.class, at),
                            (Double) field(gson, o, "commonTariff", double.class, at),
                            (Integer) field(gson, o, "foundedTurn", int.class, at));
                    List<String> members = field(gson, o, "members", listOf(String.class), at);
                    z.members.addAll(members);
                    return z;
                }
            };
        }
    }

    /** Finds numbers that are not finite (e.g. 1e999) anywhere in a tree; returns the path of the first or null. */
    static String firstNonFinite(JsonElement e, String path) {
        if (e.isJsonPrimitive()) {
            JsonPrimitive p = e.getAsJsonPrimitive();
            if (p.isNumber()) {
                double d;
                try {
                    d = p.getAsDouble();
                } catch (NumberFormatException ex) {
                    return path;
                }
                if (!Double.isFinite(d)) return path;
            }
            return null;
        }
        if (e.isJsonArray()) {
            JsonArray a = e.getAsJsonArray();
            for (int i = 0; i < a.size(); i++) {
                String r = firstNonFinite(a.get(i), path + "[" + i + "]");
                if (r != null) return r;
            }
        } else if (e.isJsonObject()) {
            for (Map.Entry<String, JsonElement> x : e.getAsJsonObject().entrySet()) {
                String r = firstNonFinite(x.getValue(), path + "." + x.getKey());
                if (r != null) return r;
            }
        }
        return null;
    }

    static String typeNames() {
        return String.join(", ", new TreeMap<>(ORDER_TYPES).keySet());
    }

    static List<String> sortedTypeNames() {
        List<String> l = new ArrayList<>(ORDER_TYPES.keySet());
        l.sort(null);
        return l;
    }
}
