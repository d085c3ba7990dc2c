package chokepoint.persistence;

import chokepoint.ai.Reason;
import chokepoint.engine.scenario.Scenario;
import chokepoint.facilitator.Expectation;
import chokepoint.facilitator.FacilitatorData;
import chokepoint.facilitator.FacilitatorPassword;
import chokepoint.facilitator.JournalEntry;
import chokepoint.facilitator.ScheduledInject;
import chokepoint.facilitator.SeatReason;
import chokepoint.facilitator.io.InjectFileException;
import chokepoint.facilitator.io.InjectJson;
import chokepoint.scenario.Problem;
import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The save's {@code "facilitator"} section: what {@code Facilitator.data()} holds beside the game state.
 * <pre>no password: {"password": null, "paused": false, "schedule": [...], "journal": [...], "reasons": [...]}
 * password:    {"password": {"salt", "hash", "iterations"}, "paused": false,
 *               "sealed": {"iterations", "salt", "iv", "data"}}</pre>
 * With a password, schedule, journal and reasons are sealed like a seat's data ({@link SeatSecrets}, key from the
 * facilitator password, AAD {@code "chokepoint-seat:*facilitator*"}); the salted hash beside them lets the console
 * check the password. Journal entries of seats with a PIN are never in this section: they travel in that seat's
 * own sealed blob, so neither the readable file nor the facilitator password reveals them to other seats.
 */
final class FacilitatorSection {
    static final String PATH = "$.facilitator";
    /** The records read with the checked save Gson (every field required, types checked with paths). */
    static final Set<Class<?>> RECORDS = Set.of(JournalEntry.class, Expectation.class, SeatReason.class, Reason.class,
            FacilitatorPassword.class);

    private static final Type JOURNAL = GameJson.listOf(JournalEntry.class);
    private static final Type REASONS = GameJson.listOf(SeatReason.class);

    private FacilitatorSection() {}

    /** The section as read from the file, before any password is given; {@code sealed} is null when readable. */
    record Stored(FacilitatorPassword password, boolean paused, JsonObject contents, SeatSecrets.Sealed sealed) {}

    // ------------------------------------------------------------------ writing

    /**
     * The section for {@code data}, or null when there is nothing to keep. With a password the contents are sealed
     * with the facilitator's key in {@code secrets}.
     *
     * @throws IllegalStateException when a password is set but {@code secrets} has no key for it (nothing is
     *     written in plain text instead)
     */
    static JsonObject write(Gson gson, FacilitatorData data, SeatSecrets secrets) {
        if (data == null || data.equals(FacilitatorData.empty())) return null;
        JsonObject contents = new JsonObject();
        contents.add("schedule", InjectJson.scheduleTree(data.schedule()));
        List<JournalEntry> open = data.journal().stream().filter(e -> !sealedSeat(secrets, e.seat())).toList();
        contents.add("journal", gson.toJsonTree(open, JOURNAL));
        contents.add("reasons", gson.toJsonTree(data.reasons(), REASONS));
        JsonObject out = new JsonObject();
        out.add("password", gson.toJsonTree(data.password(), FacilitatorPassword.class));
        out.addProperty("paused", data.paused());
        if (data.password() == null) {
            for (var e : contents.entrySet()) out.add(e.getKey(), e.getValue());
            return out;
        }
        JsonObject sealed = secrets == null ? null
                : secrets.sealPayload(SeatSecrets.FACILITATOR, contents.toString().getBytes(StandardCharsets.UTF_8));
        if (sealed == null) {
            throw new IllegalStateException("the facilitator's data cannot be sealed: no key for the facilitator password");
        }
        out.add("sealed", sealed);
        return out;
    }

    /** The journal entries of seats with a PIN, per seat, for their sealed blobs. */
    static Map<String, JsonArray> seatJournals(Gson gson, FacilitatorData data, SeatSecrets secrets) {
        Map<String, JsonArray> out = new LinkedHashMap<>();
        if (data == null) return out;
        for (JournalEntry e : data.journal()) {
            if (!sealedSeat(secrets, e.seat())) continue;
            out.computeIfAbsent(e.seat(), k -> new JsonArray()).add(gson.toJsonTree(e, JournalEntry.class));
        }
        return out;
    }

    private static boolean sealedSeat(SeatSecrets secrets, String seat) {
        return secrets != null && !SeatSecrets.FACILITATOR.equals(seat) && secrets.protects(seat);
    }

    // ------------------------------------------------------------------ reading

    /** Reads the section's shape (null when the save has none); the contents are checked by {@link #contents}. */
    static Stored read(String file, Gson gson, JsonElement section) throws SaveException {
        if (section == null || section.isJsonNull()) return null;
        if (!section.isJsonObject()) throw new SaveException(file, PATH, "must be an object, got " + GameJson.describe(section));
        JsonObject o = section.getAsJsonObject();
        FacilitatorPassword password;
        Boolean paused;
        try {
            password = GameJson.field(gson, o, "password", FacilitatorPassword.class, PATH);
            paused = GameJson.field(gson, o, "paused", boolean.class, PATH);
        } catch (PathedException e) {
            throw new SaveException(file, e.path, e.problem);
        }
        if (password != null) checkPassword(file, password);
        JsonElement sealed = o.get("sealed");
        if (sealed == null) return new Stored(password, paused, o, null);
        if (password == null) throw new SaveException(file, PATH + ".password", "is missing: sealed data needs the facilitator password's hash");
        for (String f : List.of("schedule", "journal", "reasons")) {
            if (o.has(f)) throw new SaveException(file, PATH + "." + f, "must not be readable when the facilitator data is sealed");
        }
        return new Stored(password, paused, null, SeatSecrets.readBlob(file, SeatSecrets.FACILITATOR, PATH + ".sealed", sealed));
    }

    private static void checkPassword(String file, FacilitatorPassword p) throws SaveException {
        String at = PATH + ".password";
        if (p.iterations() < 1 || p.iterations() > SeatSecrets.MAX_ITERATIONS) {
            throw new SaveException(file, at + ".iterations", "must be within 1.." + SeatSecrets.MAX_ITERATIONS + ", got " + p.iterations());
        }
        if (decodedLength(p.salt()) < 8) throw new SaveException(file, at + ".salt", "must be base64 of at least 8 bytes");
        if (decodedLength(p.hash()) != 32) throw new SaveException(file, at + ".hash", "must be base64 of 32 bytes");
    }

    private static int decodedLength(String b64) {
        try {
            return b64 == null ? -1 : Base64.getDecoder().decode(b64).length;
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    /** Opens the sealed contents with the facilitator password; a wrong one (or a changed byte) changes nothing. */
    static SeatSecrets.Decrypted open(String file, SeatSecrets.Sealed sealed, char[] password) throws SaveException {
        return SeatSecrets.decrypt(file, PATH, sealed, password == null ? new char[0] : password, "wrong facilitator password");
    }

    /** The JSON object inside a decrypted blob. */
    static JsonObject parse(String file, byte[] plain) throws SaveException {
        try {
            return JsonParser.parseString(new String(plain, StandardCharsets.UTF_8)).getAsJsonObject();
        } catch (RuntimeException e) {
            throw new SaveException(file, PATH + ".sealed", "the sealed data is damaged");
        }
    }

    /**
     * The facilitator's data from the opened contents ({@code at} is where they were: {@code $.facilitator} or its
     * {@code .sealed}) and the seats' journals from their blobs, each entry checked against the scenario.
     */
    static FacilitatorData contents(String file, Gson gson, Stored stored, JsonObject contents, String at,
                                    Map<String, JsonElement> seatJournals, Scenario sc) throws SaveException {
        List<Problem> problems = new ArrayList<>();
        List<ScheduledInject> schedule = schedule(file, contents.get("schedule"), at + ".schedule", problems);
        List<JournalEntry> journal = new ArrayList<>();
        List<SeatReason> reasons = new ArrayList<>();
        try {
            journal.addAll(journal(gson, contents.get("journal"), at + ".journal", null, sc));
            for (var e : seatJournals.entrySet()) {
                journal.addAll(journal(gson, e.getValue(), "$.sealed.seats." + e.getKey() + ".journal", e.getKey(), sc));
            }
            reasons.addAll(reasons(gson, contents.get("reasons"), at + ".reasons", sc));
        } catch (PathedException e) {
            problems.add(new Problem(file, e.path, e.problem));
        }
        if (!problems.isEmpty()) throw new SaveException(problems);
        journal.sort(java.util.Comparator.comparingInt(JournalEntry::turn).thenComparing(JournalEntry::seat)); // as DecisionJournal keeps it
        return new FacilitatorData(stored == null ? null : stored.password(), stored != null && stored.paused(),
                schedule, journal, reasons);
    }

    private static List<ScheduledInject> schedule(String file, JsonElement e, String at, List<Problem> problems) {
        if (e == null || e.isJsonNull()) return List.of();
        JsonObject wrapper = new JsonObject();
        wrapper.add("schedule", e);
        try {
            return InjectJson.read(file, wrapper).schedule();
        } catch (InjectFileException x) {
            for (Problem p : x.problems()) {
                String rel = p.jsonPath().startsWith("$.schedule") ? "$" + p.jsonPath().substring("$.schedule".length()) : p.jsonPath();
                problems.add(new Problem(file, PathedException.join(at, rel), p.message()));
            }
            return List.of();
        }
    }

    @SuppressWarnings("unchecked")
    private static List<JournalEntry> journal(Gson gson, JsonElement e, String at, String onlySeat, Scenario sc) {
        if (e == null || e.isJsonNull()) return List.of();
        GameJson.checkValue(JOURNAL, e, at);
        List<JournalEntry> list = (List<JournalEntry>) GameJson.read(gson, e, JOURNAL, at);
        for (int i = 0; i < list.size(); i++) {
            JournalEntry j = list.get(i);
            String p = at + "[" + i + "]";
            if (j == null) throw new PathedException(p, "must be a journal entry, got null");
            checkSeatAndTurn(j.seat(), j.turn(), p, sc);
            if (onlySeat != null && !onlySeat.equals(j.seat())) throw new PathedException(p + ".seat", "is not " + onlySeat);
        }
        return list;
    }

    /** Deepest nesting of a reason's parts a save may hold (the AI writes at most 4 levels). */
    static final int MAX_REASON_DEPTH = 8;

    @SuppressWarnings("unchecked")
    private static List<SeatReason> reasons(Gson gson, JsonElement e, String at, Scenario sc) {
        if (e == null || e.isJsonNull()) return List.of();
        if (!e.isJsonArray()) throw new PathedException(at, "must be an array, got " + GameJson.describe(e));
        e = e.deepCopy();
        JsonArray arr = e.getAsJsonArray();
        for (int i = 0; i < arr.size(); i++) {
            JsonElement r = arr.get(i).isJsonObject() ? arr.get(i).getAsJsonObject().get("reasons") : null;
            if (r != null && r.isJsonArray()) {
                JsonArray list = r.getAsJsonArray();
                for (int k = 0; k < list.size(); k++) {
                    String p = at + "[" + i + "].reasons[" + k + "]";
                    JsonElement one = list.get(k);
                    // saves before version 4 hold each reason as one English line: it stays as plain text
                    if (one.isJsonPrimitive() && one.getAsJsonPrimitive().isString()) list.set(k, plain(one.getAsString()));
                    else checkReason(one, p, 0);
                }
            }
        }
        GameJson.checkValue(REASONS, e, at);
        List<SeatReason> list = (List<SeatReason>) GameJson.read(gson, e, REASONS, at);
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == null) throw new PathedException(at + "[" + i + "]", "must be an object, got null");
            checkSeatAndTurn(list.get(i).seat(), list.get(i).turn(), at + "[" + i + "]", sc);
        }
        return list;
    }

    private static JsonObject plain(String text) {
        JsonObject o = new JsonObject();
        o.addProperty("key", Reason.PLAIN);
        JsonArray args = new JsonArray();
        args.add(text);
        o.add("args", args);
        o.add("parts", new JsonArray());
        return o;
    }

    /** A reason's shape: a key, string arguments and nested reasons, none null, nested at most {@link #MAX_REASON_DEPTH}. */
    private static void checkReason(JsonElement e, String at, int depth) {
        if (depth > MAX_REASON_DEPTH) throw new PathedException(at, "nests reasons deeper than " + MAX_REASON_DEPTH);
        if (!e.isJsonObject()) throw new PathedException(at, "must be a reason (text or {key, args, parts}), got " + GameJson.describe(e));
        JsonObject o = e.getAsJsonObject();
        JsonElement key = o.get("key");
        if (key == null || !key.isJsonPrimitive() || !key.getAsJsonPrimitive().isString()) {
            throw new PathedException(at + ".key", "must be a string, got " + GameJson.describe(key));
        }
        JsonElement args = o.get("args");
        if (args == null || !args.isJsonArray()) throw new PathedException(at + ".args", "must be an array, got " + GameJson.describe(args));
        for (int i = 0; i < args.getAsJsonArray().size(); i++) {
            JsonElement a = args.getAsJsonArray().get(i);
            if (!a.isJsonPrimitive() || !a.getAsJsonPrimitive().isString()) {
                throw new PathedException(at + ".args[" + i + "]", "must be a string, got " + GameJson.describe(a));
            }
        }
        JsonElement parts = o.get("parts");
        if (parts == null || !parts.isJsonArray()) throw new PathedException(at + ".parts", "must be an array, got " + GameJson.describe(parts));
        for (int i = 0; i < parts.getAsJsonArray().size(); i++) checkReason(parts.getAsJsonArray().get(i), at + ".parts[" + i + "]", depth + 1);
    }

    private static void checkSeatAndTurn(String seat, int turn, String at, Scenario sc) {
        if (seat == null || sc.actorIndex(seat) < 0) throw new PathedException(at + ".seat", "unknown actor id \"" + seat + "\"");
        int last = sc.calendar().turns();
        if (turn < 1 || turn > last) throw new PathedException(at + ".turn", "must be within 1.." + last + ", got " + turn);
    }
}
