package chokepoint.reliability;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Damages a JSON file in the ways real files get damaged or hand-edited: cut, bytes flipped/deleted/inserted,
 * a value replaced by a wrong type / NaN text / huge / negative / empty / null, an array element duplicated
 * (duplicate ids), a field deleted, deep nesting, invalid UTF-8.
 */
final class Mutator {
    enum Kind { TRUNCATE, FLIP, DELETE, INSERT, REPLACE_VALUE, DUPLICATE, DELETE_FIELD, NEST, BAD_UTF8, SWAP_ARRAYS }

    record Mutant(Kind kind, String what, byte[] bytes) {}

    private final byte[] original;
    private final JsonElement tree;
    private final Random rnd;

    Mutator(byte[] original, long seed) {
        this.original = original;
        this.tree = JsonParser.parseString(new String(original, StandardCharsets.UTF_8));
        this.rnd = new Random(seed);
        collect(tree, "$", slots, 0);
        for (Slot x : slots) {
            if (x.value().isJsonArray() && !x.value().getAsJsonArray().isEmpty()) arrays.add(x);
            if (x.parent() instanceof JsonObject) fields.add(x);
        }
    }

    private final List<Slot> slots = new ArrayList<>();
    private final List<Slot> arrays = new ArrayList<>();
    private final List<Slot> fields = new ArrayList<>();

    Mutant next() {
        Kind k = Kind.values()[rnd.nextInt(Kind.values().length)];
        // structural mutations are the interesting ones: give them more weight
        if (rnd.nextInt(3) == 0) k = Kind.REPLACE_VALUE;
        return switch (k) {
            case TRUNCATE -> {
                int at = rnd.nextInt(original.length);
                yield new Mutant(k, "cut at " + at, Arrays.copyOf(original, at));
            }
            case FLIP -> {
                byte[] b = original.clone();
                StringBuilder w = new StringBuilder("bytes at");
                for (int i = 0, n = 1 + rnd.nextInt(4); i < n; i++) {
                    int at = rnd.nextInt(b.length);
                    b[at] = (byte) rnd.nextInt(256);
                    w.append(' ').append(at);
                }
                yield new Mutant(k, w.toString(), b);
            }
            case DELETE -> {
                int at = rnd.nextInt(original.length - 1);
                int len = 1 + rnd.nextInt(Math.min(20, original.length - at));
                byte[] b = new byte[original.length - len];
                System.arraycopy(original, 0, b, 0, at);
                System.arraycopy(original, at + len, b, at, original.length - at - len);
                yield new Mutant(k, len + " bytes at " + at, b);
            }
            case INSERT -> {
                int at = rnd.nextInt(original.length);
                String[] bits = {"{", "}", "[", "]", ",", ":", "\"", "-", "1e999", "NaN", "null", "\\u0000", "0", "\u65e5"};
                byte[] ins = bits[rnd.nextInt(bits.length)].getBytes(StandardCharsets.UTF_8);
                byte[] b = new byte[original.length + ins.length];
                System.arraycopy(original, 0, b, 0, at);
                System.arraycopy(ins, 0, b, at, ins.length);
                System.arraycopy(original, at, b, at + ins.length, original.length - at);
                yield new Mutant(k, "insert " + new String(ins, StandardCharsets.UTF_8) + " at " + at, b);
            }
            case BAD_UTF8 -> {
                byte[] b = original.clone();
                int at = rnd.nextInt(b.length);
                byte[][] bad = {{(byte) 0xC3}, {(byte) 0xFF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0x80}};
                byte[] x = bad[rnd.nextInt(bad.length)];
                for (int i = 0; i < x.length && at + i < b.length; i++) b[at + i] = x[i];
                yield new Mutant(k, "invalid UTF-8 at " + at, b);
            }
            default -> structural(k);
        };
    }

    private Mutant structural(Kind k) {
        // the tree is changed in place, written out, and the change undone (a deep copy per case is too slow for saves)
        Slot s = slots.get(rnd.nextInt(slots.size()));
        String what;
        byte[] out;
        switch (k) {
            case REPLACE_VALUE -> {
                JsonElement v = hostileValue(s.value());
                s.set(v);
                what = s.path + " = " + v;
                out = bytes();
                s.set(s.value());
            }
            case DUPLICATE -> {
                if (arrays.isEmpty()) return next();
                Slot a = arrays.get(rnd.nextInt(arrays.size()));
                List<JsonElement> arr = a.value().getAsJsonArray().asList();
                int i = rnd.nextInt(arr.size());
                arr.add(i, arr.get(i));
                what = "duplicate " + a.path + "[" + i + "]";
                out = bytes();
                arr.remove(i);
            }
            case DELETE_FIELD -> {
                Slot f = fields.get(rnd.nextInt(fields.size()));
                Map<String, JsonElement> m = ((JsonObject) f.parent()).asMap();
                List<Map.Entry<String, JsonElement>> all = new ArrayList<>(m.entrySet());
                m.remove(f.key());
                what = "delete " + f.path;
                out = bytes();
                m.clear();
                for (Map.Entry<String, JsonElement> e : all) m.put(e.getKey(), e.getValue());
            }
            case NEST -> {
                int depth = rnd.nextBoolean() ? 50 + rnd.nextInt(200) : 5000 + rnd.nextInt(50000);
                boolean arr = rnd.nextBoolean();
                String nested = (arr ? "[" : "{\"a\":").repeat(depth) + "1" + (arr ? "]" : "}").repeat(depth);
                JsonElement saved = s.value();
                s.set(new JsonPrimitive("@@NEST@@"));
                String text = tree.toString();
                s.set(saved);
                return new Mutant(k, "nesting " + depth + " at " + s.path, text.replace("\"@@NEST@@\"", nested).getBytes(StandardCharsets.UTF_8));
            }
            case SWAP_ARRAYS -> {
                if (arrays.isEmpty()) return next();
                Slot a = arrays.get(rnd.nextInt(arrays.size()));
                List<JsonElement> arr = a.value().getAsJsonArray().asList();
                int i = rnd.nextInt(arr.size());
                JsonElement gone = arr.remove(i);
                what = "drop " + a.path + "[" + i + "]";
                out = bytes();
                arr.add(i, gone);
            }
            default -> throw new IllegalStateException();
        }
        return new Mutant(k, what, out);
    }

    private byte[] bytes() {
        return tree.toString().getBytes(StandardCharsets.UTF_8);
    }

    private JsonElement hostileValue(JsonElement old) {
        return switch (rnd.nextInt(14)) {
            case 0 -> new JsonPrimitive("NaN");
            case 1 -> new JsonPrimitive(new java.math.BigDecimal("1e308"));
            case 2 -> new JsonPrimitive(-1);
            case 3 -> new JsonPrimitive("");
            case 4 -> JsonNull.INSTANCE;
            case 5 -> new JsonArray();
            case 6 -> new JsonObject();
            case 7 -> new JsonPrimitive(true);
            case 8 -> new JsonPrimitive(old.isJsonPrimitive() && old.getAsJsonPrimitive().isNumber() ? -old.getAsDouble() : 0);
            case 9 -> new JsonPrimitive(new java.math.BigDecimal("99999999999999999999999"));
            case 10 -> new JsonPrimitive(old.isJsonPrimitive() && old.getAsJsonPrimitive().isNumber() ? old.getAsDouble() * 1e9 : 1e9);
            case 11 -> new JsonPrimitive("no-such-id");
            case 12 -> new JsonPrimitive(0.5);
            default -> new JsonPrimitive(Integer.MAX_VALUE);
        };
    }

    record Slot(JsonElement parent, String key, int index, String path, JsonElement value) {
        void set(JsonElement v) {
            if (parent instanceof JsonObject o) o.add(key, v);
            else if (parent instanceof JsonArray a) a.set(index, v);
        }
    }

    private static void collect(JsonElement e, String path, List<Slot> out, int depth) {
        if (e.isJsonObject()) {
            for (Map.Entry<String, JsonElement> x : e.getAsJsonObject().entrySet()) {
                String p = path + "." + x.getKey();
                out.add(new Slot(e, x.getKey(), -1, p, x.getValue()));
                collect(x.getValue(), p, out, depth + 1);
            }
        } else if (e.isJsonArray()) {
            JsonArray a = e.getAsJsonArray();
            for (int i = 0; i < a.size(); i++) {
                String p = path + "[" + i + "]";
                out.add(new Slot(e, null, i, p, a.get(i)));
                collect(a.get(i), p, out, depth + 1);
            }
        }
    }
}
