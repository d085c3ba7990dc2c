package chokepoint.persistence;

import chokepoint.engine.order.Order;
import chokepoint.engine.state.GameState;
import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Seat PINs that survive the save file (docs/RELIABILITY.md). A seat with a PIN has its private data moved out of
 * the readable JSON into an encrypted blob: key = PBKDF2WithHmacSHA256(PIN, random 16-byte salt, iterations) of 256
 * bits, cipher AES/GCM/NoPadding with a random 12-byte IV per save and {@code "chokepoint-seat:" + actor} as
 * additional authenticated data (a blob cannot be moved to another seat). In the readable part the private figures
 * are replaced by zeros and private entries by the string {@code "sealed"}; the blob holds the JSON path and
 * original value of each, plus the seat's pending (unsubmitted) orders.
 *
 * <p>Private data of a seat (its index i, id A): {@code stock[i]}, {@code stockTargetDays[i]}, {@code budget[i]},
 * research entries of A, A's orders in every turn of {@code orderLog}, news addressed to A alone (history and
 * pending news), and in every turn record {@code stock[i]} and {@code budget[i]}. (Estimates are not written in their
 * place: they derive from the seed, which a save must keep for replays, so they could be inverted.)
 *
 * <p>A key is derived once per seat and kept in this object, so repeated autosaves cost no key derivation.
 */
public final class SeatSecrets {
    public static final String KDF = "PBKDF2WithHmacSHA256";
    public static final String CIPHER = "AES/GCM/NoPadding";
    /** PBKDF2 iterations used for new PINs (OWASP 2023 asks 600,000 for SHA-256; a hot-seat PIN guards a classroom game). */
    public static final int DEFAULT_ITERATIONS = 210_000;
    /** More iterations than this in a file are refused (a hostile file must not hang the loader). */
    static final int MAX_ITERATIONS = 5_000_000;
    static final String PLACEHOLDER = "sealed";
    /**
     * The id under which the facilitator's key is kept beside the seats' ({@link #pin}): not an actor id, so
     * {@link #seal} never treats it as a seat; it seals the save's {@code "facilitator"} section instead.
     */
    public static final String FACILITATOR = "*facilitator*";

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A seat's derived key with the salt and iterations that made it. */
    record SeatKey(byte[] salt, int iterations, SecretKey key) {}

    private final int iterations;
    private final Map<String, SeatKey> keys = Collections.synchronizedMap(new LinkedHashMap<>());

    private SeatSecrets(int iterations) {
        if (iterations < 1 || iterations > MAX_ITERATIONS) throw new IllegalArgumentException("iterations " + iterations);
        this.iterations = iterations;
    }

    /** No seat protected. */
    public static SeatSecrets none() {
        return new SeatSecrets(DEFAULT_ITERATIONS);
    }

    /** An empty set whose new PINs use {@code iterations} (tests use few; play uses {@link #DEFAULT_ITERATIONS}). */
    public static SeatSecrets withIterations(int iterations) {
        return new SeatSecrets(iterations);
    }

    /** Protects {@code actor} with {@code pin} from now on (derives a key with a new salt); a blank PIN removes it. */
    public SeatSecrets pin(String actor, String pin) {
        if (pin == null || pin.isBlank()) {
            keys.remove(actor);
            return this;
        }
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        keys.put(actor, new SeatKey(salt, iterations, derive(pin.trim(), salt, iterations)));
        return this;
    }

    /**
     * Keeps the key of the facilitator's password (a new salt) to seal the facilitator's data in every later save;
     * the password itself is not kept (the caller clears its array).
     */
    public SeatSecrets facilitatorPassword(char[] password) {
        if (password == null || password.length == 0) {
            keys.remove(FACILITATOR);
            return this;
        }
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        keys.put(FACILITATOR, new SeatKey(salt, iterations, derive(password, salt, iterations)));
        return this;
    }

    void put(String actor, SeatKey key) {
        keys.put(actor, key);
    }

    public boolean protects(String actor) {
        return keys.containsKey(actor);
    }

    public Set<String> seats() {
        synchronized (keys) {
            return Set.copyOf(keys.keySet());
        }
    }

    static SecretKey derive(String pin, byte[] salt, int iterations) {
        return derive(pin.toCharArray(), salt, iterations);
    }

    static SecretKey derive(char[] secret, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(secret, salt, iterations, 256);
        try {
            byte[] k = SecretKeyFactory.getInstance(KDF).generateSecret(spec).getEncoded();
            return new SecretKeySpec(k, "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks " + KDF, e);
        } finally {
            spec.clearPassword();
        }
    }

    static byte[] aad(String actor) {
        return ("chokepoint-seat:" + actor).getBytes(StandardCharsets.UTF_8);
    }

    // ------------------------------------------------------------------ sealing (write)

    /**
     * Moves every protected seat's private data out of {@code game} (the save's game tree, changed in place) and
     * returns the {@code "sealed"} section of the save, or null when no seat is protected.
     */
    JsonObject seal(Gson gson, JsonObject game, GameState state, Map<String, List<Order>> pending) {
        return seal(gson, game, state, pending, Map.of());
    }

    /**
     * As {@link #seal(Gson, JsonObject, GameState, Map)}, with each protected seat's decision-journal entries
     * ({@code journals}: actor to JSON array) in its blob, so no other seat can read them.
     */
    JsonObject seal(Gson gson, JsonObject game, GameState state, Map<String, List<Order>> pending,
                    Map<String, JsonArray> journals) {
        Map<String, SeatKey> snapshot;
        synchronized (keys) {
            snapshot = new LinkedHashMap<>(keys);
        }
        if (snapshot.isEmpty()) return null;
        JsonObject seats = new JsonObject();
        for (Map.Entry<String, SeatKey> e : snapshot.entrySet()) {
            String actor = e.getKey();
            int i = state.scenario.actorIndex(actor);
            if (i < 0) continue;
            JsonArray patches = new JsonArray();
            zeroRow(game, "stock", i, patches);
            zeroRow(game, "stockTargetDays", i, patches);
            zeroCell(game, "budget", i, patches);
            JsonArray research = game.getAsJsonArray("research");
            for (int k = 0; k < research.size(); k++) {
                if (actor.equals(string(research.get(k), "actor"))) take(patches, research, k, path("research", k));
            }
            JsonArray log = game.getAsJsonArray("orderLog");
            for (int t = 0; t < log.size(); t++) {
                JsonObject turn = log.get(t).getAsJsonObject();
                if (turn.has(actor)) {
                    patches.add(patch(path("orderLog", t, actor), turn.get(actor)));
                    turn.add(actor, new JsonPrimitive(PLACEHOLDER));
                }
            }
            JsonArray history = game.getAsJsonArray("history");
            for (int t = 0; t < history.size(); t++) {
                JsonObject rec = history.get(t).getAsJsonObject();
                zeroRow(rec, "stock", i, patches, "history", t);
                zeroCell(rec, "budget", i, patches, "history", t);
                sealNews(rec.getAsJsonArray("news"), actor, patches, "history", t, "news");
            }
            sealNews(game.getAsJsonArray("pendingNews"), actor, patches, "pendingNews");
            JsonObject blob = new JsonObject();
            blob.add("patches", patches);
            List<Order> mine = pending == null ? null : pending.get(actor);
            blob.add("pending", gson.toJsonTree(mine == null ? List.of() : mine, GameJson.listOf(Order.class)));
            JsonArray journal = journals.get(actor);
            if (journal != null && !journal.isEmpty()) blob.add("journal", journal);
            seats.add(actor, encrypt(actor, e.getValue(), blob.toString().getBytes(StandardCharsets.UTF_8)));
        }
        if (seats.size() == 0) return null; // only the facilitator's key: that seals the "facilitator" section
        JsonObject sealed = new JsonObject();
        sealed.addProperty("kdf", KDF);
        sealed.addProperty("cipher", CIPHER);
        sealed.add("seats", seats);
        return sealed;
    }

    private static void sealNews(JsonArray news, String actor, JsonArray patches, Object... at) {
        if (news == null) return;
        for (int k = 0; k < news.size(); k++) {
            JsonElement n = news.get(k);
            if (!n.isJsonObject()) continue;
            JsonElement aud = n.getAsJsonObject().get("audience");
            if (aud != null && aud.isJsonArray() && aud.getAsJsonArray().size() == 1
                    && actor.equals(aud.getAsJsonArray().get(0).getAsString())) {
                Object[] p = java.util.Arrays.copyOf(at, at.length + 1);
                p[at.length] = k;
                take(patches, news, k, path(p));
            }
        }
    }

    private static void take(JsonArray patches, JsonArray arr, int k, JsonArray path) {
        patches.add(patch(path, arr.get(k)));
        arr.set(k, new JsonPrimitive(PLACEHOLDER));
    }

    private static void zeroRow(JsonObject o, String field, int i, JsonArray patches, Object... prefix) {
        JsonArray rows = o.getAsJsonArray(field);
        JsonArray row = rows.get(i).getAsJsonArray();
        patches.add(patch(path(concat(prefix, field, i)), row));
        JsonArray zeros = new JsonArray();
        for (int m = 0; m < row.size(); m++) zeros.add(0);
        rows.set(i, zeros);
    }

    private static void zeroCell(JsonObject o, String field, int i, JsonArray patches, Object... prefix) {
        JsonArray cells = o.getAsJsonArray(field);
        patches.add(patch(path(concat(prefix, field, i)), cells.get(i)));
        cells.set(i, new JsonPrimitive(0));
    }

    private static Object[] concat(Object[] prefix, Object... more) {
        Object[] out = java.util.Arrays.copyOf(prefix, prefix.length + more.length);
        System.arraycopy(more, 0, out, prefix.length, more.length);
        return out;
    }

    private static JsonArray path(Object... tokens) {
        JsonArray a = new JsonArray();
        for (Object t : tokens) {
            if (t instanceof Integer n) a.add(n);
            else a.add(String.valueOf(t));
        }
        return a;
    }

    private static JsonObject patch(JsonArray path, JsonElement value) {
        JsonObject p = new JsonObject();
        p.add("path", path);
        p.add("value", value.deepCopy());
        return p;
    }

    private static String string(JsonElement o, String field) {
        if (o == null || !o.isJsonObject()) return null;
        JsonElement v = o.getAsJsonObject().get(field);
        return v != null && v.isJsonPrimitive() ? v.getAsString() : null;
    }

    private static JsonObject encrypt(String actor, SeatKey k, byte[] plain) {
        byte[] iv = new byte[12];
        RANDOM.nextBytes(iv);
        try {
            Cipher c = Cipher.getInstance(CIPHER);
            c.init(Cipher.ENCRYPT_MODE, k.key(), new GCMParameterSpec(128, iv));
            c.updateAAD(aad(actor));
            byte[] data = c.doFinal(plain);
            JsonObject o = new JsonObject();
            o.addProperty("iterations", k.iterations());
            o.addProperty("salt", Base64.getEncoder().encodeToString(k.salt()));
            o.addProperty("iv", Base64.getEncoder().encodeToString(iv));
            o.addProperty("data", Base64.getEncoder().encodeToString(data));
            return o;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks " + CIPHER, e);
        }
    }

    /**
     * Seals a payload other than a seat's game data (the facilitator's) with the key kept for {@code id}, AAD
     * {@code "chokepoint-seat:" + id}; null when there is no key for {@code id}.
     */
    JsonObject sealPayload(String id, byte[] plain) {
        SeatKey k = keys.get(id);
        return k == null ? null : encrypt(id, k, plain);
    }

    // ------------------------------------------------------------------ unsealing (read)

    /** One seat's sealed blob as read from a save (checked for shape, not yet decrypted). */
    record Sealed(String actor, int iterations, byte[] salt, byte[] iv, byte[] data) {}

    /** Reads the {@code "sealed"} section of a save; problems name the path. */
    static Map<String, Sealed> readSection(String file, JsonElement section) throws SaveException {
        Map<String, Sealed> out = new LinkedHashMap<>();
        if (section == null || section.isJsonNull()) return out;
        if (!section.isJsonObject()) throw new SaveException(file, "$.sealed", "must be an object, got " + GameJson.describe(section));
        JsonObject s = section.getAsJsonObject();
        JsonElement kdf = s.get("kdf");
        if (kdf == null || !kdf.isJsonPrimitive() || !KDF.equals(kdf.getAsString())) {
            throw new SaveException(file, "$.sealed.kdf", "must be \"" + KDF + "\", got " + GameJson.describe(kdf));
        }
        JsonElement cipher = s.get("cipher");
        if (cipher == null || !cipher.isJsonPrimitive() || !CIPHER.equals(cipher.getAsString())) {
            throw new SaveException(file, "$.sealed.cipher", "must be \"" + CIPHER + "\", got " + GameJson.describe(cipher));
        }
        JsonElement seats = s.get("seats");
        if (seats == null || !seats.isJsonObject()) throw new SaveException(file, "$.sealed.seats", "must be an object of actor id to sealed data");
        for (Map.Entry<String, JsonElement> e : seats.getAsJsonObject().entrySet()) {
            out.put(e.getKey(), readBlob(file, e.getKey(), "$.sealed.seats." + e.getKey(), e.getValue()));
        }
        return out;
    }

    /** Reads one sealed blob {@code {iterations, salt, iv, data}} found at {@code p}, checked for shape. */
    static Sealed readBlob(String file, String id, String p, JsonElement value) throws SaveException {
        if (value == null) throw new SaveException(file, p, "missing field");
        if (!value.isJsonObject()) throw new SaveException(file, p, "must be an object, got " + GameJson.describe(value));
        JsonObject o = value.getAsJsonObject();
        JsonElement it = o.get("iterations");
        if (it == null || !it.isJsonPrimitive() || !it.getAsJsonPrimitive().isNumber()) {
            throw new SaveException(file, p + ".iterations", "must be a whole number");
        }
        double n = it.getAsDouble();
        if (n != Math.rint(n) || n < 1 || n > MAX_ITERATIONS) {
            throw new SaveException(file, p + ".iterations", "must be a whole number within 1.." + MAX_ITERATIONS + ", got " + it);
        }
        byte[] salt = base64(file, p + ".salt", o.get("salt"));
        byte[] iv = base64(file, p + ".iv", o.get("iv"));
        byte[] data = base64(file, p + ".data", o.get("data"));
        if (salt.length < 8) throw new SaveException(file, p + ".salt", "must be at least 8 bytes");
        if (iv.length != 12) throw new SaveException(file, p + ".iv", "must be 12 bytes, got " + iv.length);
        if (data.length < 16) throw new SaveException(file, p + ".data", "is too short to be sealed data");
        return new Sealed(id, (int) n, salt, iv, data);
    }

    private static byte[] base64(String file, String path, JsonElement v) throws SaveException {
        if (v == null) throw new SaveException(file, path, "missing field");
        if (!v.isJsonPrimitive() || !v.getAsJsonPrimitive().isString()) throw new SaveException(file, path, "must be a base64 string");
        try {
            return Base64.getDecoder().decode(v.getAsString());
        } catch (IllegalArgumentException e) {
            throw new SaveException(file, path, "is not valid base64");
        }
    }

    /** What a correct PIN opens: the patches to put back, the seat's pending orders and its journal entries. */
    record Opened(SeatKey key, List<JsonObject> patches, JsonElement pending, JsonElement journal) {}

    /** A decrypted blob and the key that opened it (kept to seal later saves without deriving it again). */
    record Decrypted(SeatKey key, byte[] plain) {}

    /**
     * Decrypts a seat's blob with {@code pin}. A wrong PIN (or a blob that was tampered with or moved to another
     * seat) fails with {@code "wrong PIN for <name>"}.
     */
    static Opened open(String file, Sealed s, String pin, String seatName) throws SaveException {
        String p = "$.sealed.seats." + s.actor();
        Decrypted d = decrypt(file, p, s, pin == null ? "" : pin.trim(), "wrong PIN for " + seatName);
        try {
            JsonObject blob = JsonParser.parseString(new String(d.plain(), StandardCharsets.UTF_8)).getAsJsonObject();
            List<JsonObject> patches = new ArrayList<>();
            for (JsonElement x : blob.getAsJsonArray("patches")) patches.add(x.getAsJsonObject());
            return new Opened(d.key(), patches, blob.get("pending"), blob.get("journal"));
        } catch (RuntimeException e) {
            throw new SaveException(file, p, "the sealed data is damaged");
        }
    }

    /**
     * Derives the key of {@code secret} for a blob and decrypts it; a wrong secret, a changed byte or a blob moved
     * to another id fails the GCM tag and gives {@code wrong} at {@code path}.
     */
    static Decrypted decrypt(String file, String path, Sealed s, String secret, String wrong) throws SaveException {
        return decrypt(file, path, s, secret.toCharArray(), wrong);
    }

    static Decrypted decrypt(String file, String path, Sealed s, char[] secret, String wrong) throws SaveException {
        SecretKey key = derive(secret, s.salt(), s.iterations());
        try {
            Cipher c = Cipher.getInstance(CIPHER);
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, s.iv()));
            c.updateAAD(aad(s.actor()));
            return new Decrypted(new SeatKey(s.salt(), s.iterations(), key), c.doFinal(s.data()));
        } catch (AEADBadTagException e) {
            throw new SaveException(file, path, wrong);
        } catch (GeneralSecurityException e) {
            throw new SaveException(file, path, "cannot be decrypted (" + e.getClass().getSimpleName() + ")");
        }
    }

    /**
     * Puts a seat's private data back into the game tree. Every target is checked first (it must hold the
     * placeholder the writer left), so a mismatch changes nothing.
     */
    static void restore(String file, String actor, JsonObject game, List<JsonObject> patches) throws SaveException {
        List<Runnable> writes = new ArrayList<>();
        for (JsonObject patch : patches) {
            JsonArray path = patch.getAsJsonArray("path");
            JsonElement value = patch.get("value");
            JsonElement parent = game;
            StringBuilder where = new StringBuilder("$.game");
            for (int k = 0; k < path.size() - 1 && parent != null; k++) parent = step(parent, path.get(k), where);
            JsonElement last = path.get(path.size() - 1);
            JsonElement current = parent == null ? null : step(parent, last, new StringBuilder(where));
            if (current == null) {
                throw new SaveException(file, where.toString(), "does not match the sealed data of " + actor + " (the file was edited)");
            }
            JsonElement target = parent;
            writes.add(() -> {
                if (target.isJsonArray()) target.getAsJsonArray().set(last.getAsInt(), value);
                else target.getAsJsonObject().add(last.getAsString(), value);
            });
        }
        for (Runnable w : writes) w.run();
    }

    private static JsonElement step(JsonElement at, JsonElement token, StringBuilder where) {
        if (at.isJsonArray() && token.getAsJsonPrimitive().isNumber()) {
            int i = token.getAsInt();
            where.append('[').append(i).append(']');
            JsonArray a = at.getAsJsonArray();
            return i >= 0 && i < a.size() ? a.get(i) : null;
        }
        if (at.isJsonObject() && token.getAsJsonPrimitive().isString()) {
            where.append('.').append(token.getAsString());
            return at.getAsJsonObject().get(token.getAsString());
        }
        return null;
    }
}
