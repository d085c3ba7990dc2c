package chokepoint.persistence;

import chokepoint.engine.Game;
import chokepoint.engine.resolve.StateHash;
import chokepoint.engine.state.GameState;
import chokepoint.scenario.Problem;
import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.Strictness;
import com.google.gson.internal.bind.TypeAdapters;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;

import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The saved-game file: a JSON envelope
 * <pre>{"format": "chokepoint-save", "saveVersion": 4, "createdWith": "0.1.0", "savedAt": "2026-11-24T08:30:00Z",
 *  "meta": {"scenarioId", "scenarioName", "turn", "label", "seats": [{"actor", "human"}], "name"},
 *  "game": {"stateHash": "...", "scenario": {...}, "seed": 1, ..., "history": [...], "orderLog": [...]},
 *  "pending": {...}, "sealed": {...}, "facilitator": {...}}</pre>
 * {@code meta} comes before {@code game} so a save list can read it without reading the game
 * ({@link #readHeader}). Reading checks everything (see {@link SaveException}); the state hash written with
 * the game must match the state read back.
 */
public final class SaveFile {
    public static final String FORMAT = "chokepoint-save";
    public static final int SAVE_VERSION = SaveMigrations.CURRENT;
    public static final String CREATED_WITH = "0.1.0";

    private static final Gson GSON = GameJson.forSaves();

    private SaveFile() {}

    /**
     * A loaded save. {@link #game()} wraps the state for play. A save in which seats protected their data with a
     * PIN ({@link SeatSecrets}) loads <em>locked</em>: {@link #lockedSeats()} lists those seats, {@link #state()}
     * and {@link #game()} refuse until every one was opened with {@link #unlock}, so no game is ever played with
     * a seat's data missing. The checks of the game (invariants, state hash, a trial turn) run once the last seat
     * is unlocked.
     */
    public static final class Loaded {
        private final String file;
        private final int saveVersion;
        private final String createdWith;
        private final Instant savedAt;
        private final SaveMeta meta;
        private final Map<String, SeatSecrets.Sealed> locked;
        private final Map<String, List<chokepoint.engine.order.Order>> pending = new LinkedHashMap<>();
        private final Map<String, String> pins = new LinkedHashMap<>();
        private final SeatSecrets secrets = SeatSecrets.none();
        private JsonObject game; // the game tree, while seats are locked
        private GameState state;
        private FacilitatorSection.Stored facilitatorStored; // null: the save has no facilitator section
        private JsonObject facilitatorContents; // readable or opened contents; null while sealed
        private String facilitatorAt = FacilitatorSection.PATH;
        private final Map<String, JsonElement> seatJournals = new LinkedHashMap<>();
        private chokepoint.facilitator.FacilitatorData facilitator;

        Loaded(String file, int saveVersion, String createdWith, Instant savedAt, SaveMeta meta, GameState state) {
            this(file, saveVersion, createdWith, savedAt, meta, state, null, Map.of());
        }

        private Loaded(String file, int saveVersion, String createdWith, Instant savedAt, SaveMeta meta, GameState state,
                       JsonObject game, Map<String, SeatSecrets.Sealed> locked) {
            this.file = file;
            this.saveVersion = saveVersion;
            this.createdWith = createdWith;
            this.savedAt = savedAt;
            this.meta = meta;
            this.state = state;
            this.game = game;
            this.locked = new LinkedHashMap<>(locked);
        }

        public String file() { return file; }

        public int saveVersion() { return saveVersion; }

        public String createdWith() { return createdWith; }

        public Instant savedAt() { return savedAt; }

        public SaveMeta meta() { return meta; }

        /**
         * Whether the facilitator's data (schedule, journal, AI reasons) is still sealed: open it with
         * {@link #unlockFacilitator} before the game can be used.
         */
        public boolean facilitatorLocked() {
            return facilitatorStored != null && facilitatorStored.sealed() != null && facilitatorContents == null;
        }

        /** Whether the save was made in facilitator mode (a facilitator password is set). */
        public boolean facilitatorProtected() {
            return facilitatorStored != null && facilitatorStored.password() != null;
        }

        /**
         * Opens the facilitator's sealed data with the facilitator password (the array is cleared). A wrong password
         * fails with "wrong facilitator password" and changes nothing; the key is kept in {@link #secrets()} so the
         * game's later saves are sealed again without asking.
         */
        public void unlockFacilitator(char[] password) throws SaveException {
            try {
                if (!facilitatorLocked()) throw new SaveException(file, FacilitatorSection.PATH, "is not sealed");
                SeatSecrets.Decrypted d = FacilitatorSection.open(file, facilitatorStored.sealed(), password);
                JsonObject contents = FacilitatorSection.parse(file, d.plain());
                facilitatorContents = contents;
                facilitatorAt = FacilitatorSection.PATH + ".sealed";
                try {
                    completeFacilitator();
                } catch (SaveException e) {
                    facilitatorContents = null;
                    throw e;
                }
                secrets.put(SeatSecrets.FACILITATOR, d.key());
            } finally {
                chokepoint.facilitator.FacilitatorPassword.wipe(password);
            }
        }

        /**
         * The facilitator's data saved with the game (empty for a save without it); only once nothing is locked.
         */
        public chokepoint.facilitator.FacilitatorData facilitator() {
            state();
            return facilitator == null ? chokepoint.facilitator.FacilitatorData.empty() : facilitator;
        }

        /** Checks and builds the facilitator's data once the game and the facilitator's contents are both open. */
        private void completeFacilitator() throws SaveException {
            if (state == null || facilitator != null || facilitatorLocked()) return;
            if (facilitatorStored == null && seatJournals.isEmpty()) return;
            JsonObject contents = facilitatorContents == null ? new JsonObject() : facilitatorContents;
            facilitator = FacilitatorSection.contents(file, GSON, facilitatorStored, contents, facilitatorAt, seatJournals,
                    state.scenario);
        }

        /** Seats whose private data are still sealed, in save order; empty when the game is ready. */
        public List<String> lockedSeats() {
            return List.copyOf(locked.keySet());
        }

        /** Whether a seat's data or the facilitator's is still sealed. */
        public boolean isLocked() {
            return !locked.isEmpty() || facilitatorLocked();
        }

        /** The seats that had a PIN in the save (locked or already unlocked). */
        public Set<String> protectedSeats() {
            Set<String> out = new java.util.LinkedHashSet<>(pins.keySet());
            out.addAll(locked.keySet());
            return out;
        }

        /**
         * Opens a seat's sealed data with its PIN. A wrong PIN fails with "wrong PIN for &lt;seat name&gt;" and
         * changes nothing. When the last seat is opened the game is checked like any save (which may fail too).
         */
        public void unlock(String actor, String pin) throws SaveException {
            SeatSecrets.Sealed s = locked.get(actor);
            if (s == null) {
                throw new SaveException(file, "$.sealed.seats", pins.containsKey(actor) ? actor + " is already unlocked"
                        : "no sealed data for " + actor);
            }
            SeatSecrets.Opened opened = SeatSecrets.open(file, s, pin, seatName(game, actor));
            List<chokepoint.engine.order.Order> mine;
            try {
                mine = readPending(opened.pending(), actor, "$.sealed.seats." + actor + ".pending");
            } catch (PathedException e) {
                throw new SaveException(file, e.path, e.problem);
            }
            SeatSecrets.restore(file, actor, game, opened.patches());
            locked.remove(actor);
            pins.put(actor, pin == null ? "" : pin.trim());
            secrets.put(actor, opened.key());
            if (!mine.isEmpty()) pending.put(actor, mine);
            if (opened.journal() != null && !opened.journal().isJsonNull()) seatJournals.put(actor, opened.journal());
            if (locked.isEmpty()) {
                JsonObject g = game;
                game = null;
                state = finish(file, g, meta);
                completeFacilitator();
            }
        }

        /**
         * Fails with a clear problem when seats are still locked (for tools without a PIN prompt, such as the
         * command line); returns this save otherwise.
         */
        public Loaded requireUnlocked() throws SaveException {
            if (facilitatorLocked()) {
                throw new SaveException(file, FacilitatorSection.PATH, "the facilitator's data (inject schedule, decision "
                        + "journal, AI reasons) is sealed with the facilitator password: open the game in Chokepoint and give it");
            }
            if (!locked.isEmpty()) {
                throw new SaveException(file, "$.sealed", "the seats " + String.join(", ", lockedSeats())
                        + " keep their data sealed with a PIN: open the game in Chokepoint and give their PINs");
            }
            return this;
        }

        /** The state, once no seat is locked. */
        public GameState state() {
            if (facilitatorLocked()) throw new IllegalStateException("the save is locked: the facilitator password is needed first");
            if (state == null) {
                throw new IllegalStateException(!locked.isEmpty() ? "the save is locked: the PIN of " + String.join(", ", lockedSeats())
                        + " is needed first" : "the save could not be opened");
            }
            return state;
        }

        public Game game() {
            return Game.fromState(state());
        }

        /** Pending (unsubmitted) orders saved for a seat; a protected seat's only after it was unlocked. */
        public List<chokepoint.engine.order.Order> pending(String actor) {
            return pending.getOrDefault(actor, List.of());
        }

        /** The PIN each unlocked seat gave, for a session that goes on protecting them (a seat's own hand-off PIN). */
        public Map<String, String> pins() {
            return Map.copyOf(pins);
        }

        /** The keys of the unlocked seats, to save this game again sealed without deriving keys anew. */
        public SeatSecrets secrets() {
            return secrets;
        }
    }

    private static String seatName(JsonObject game, String actor) {
        try {
            for (JsonElement a : game.getAsJsonObject("scenario").getAsJsonArray("actors")) {
                JsonObject o = a.getAsJsonObject();
                if (actor.equals(o.get("id").getAsString())) return o.getAsJsonObject("name").get("en").getAsString();
            }
        } catch (RuntimeException ignored) {
            // a damaged scenario: the id will do
        }
        return actor;
    }

    private static final java.lang.reflect.Type ORDERS = GameJson.listOf(chokepoint.engine.order.Order.class);

    @SuppressWarnings("unchecked")
    private static List<chokepoint.engine.order.Order> readPending(JsonElement e, String actor, String path) {
        if (e == null || e.isJsonNull()) return List.of();
        GameJson.checkValue(ORDERS, e, path);
        List<chokepoint.engine.order.Order> list = (List<chokepoint.engine.order.Order>) GameJson.read(GSON, e, ORDERS, path);
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == null || !actor.equals(list.get(i).actor())) throw new PathedException(path + "[" + i + "]", "is not an order of " + actor);
        }
        return List.copyOf(list);
    }

    /** The envelope and meta of a save, read without the game. */
    public record Header(String file, int saveVersion, String createdWith, Instant savedAt, SaveMeta meta) {}

    /** Writes a save of {@code state} to {@code out} (UTF-8 JSON, not closed). */
    public static void write(OutputStream out, GameState state, SaveMeta meta, Instant savedAt) throws IOException {
        write(out, state, meta, savedAt, null, Map.of());
    }

    /**
     * Writes a save with the seats' pending (unsubmitted) orders; the private data and pending orders of every seat
     * that {@code secrets} protects are sealed (see {@link SeatSecrets}), the others' pending orders are written
     * plainly. {@code secrets} and {@code pending} may be null.
     */
    public static void write(OutputStream out, GameState state, SaveMeta meta, Instant savedAt, SeatSecrets secrets,
                             Map<String, List<chokepoint.engine.order.Order>> pending) throws IOException {
        write(out, state, meta, savedAt, secrets, pending, null);
    }

    /**
     * Writes a save with the facilitator's data too ({@link FacilitatorSection}): sealed with the facilitator's key
     * in {@code secrets} when it has a password; journal entries of seats with a PIN go into their sealed data.
     */
    public static void write(OutputStream out, GameState state, SaveMeta meta, Instant savedAt, SeatSecrets secrets,
                             Map<String, List<chokepoint.engine.order.Order>> pending,
                             chokepoint.facilitator.FacilitatorData facilitator) throws IOException {
        JsonObject game = new JsonObject();
        game.addProperty("stateHash", StateHash.of(state));
        for (var e : StateCodec.toJson(GSON, state).entrySet()) game.add(e.getKey(), e.getValue());
        JsonObject facilitatorSection = FacilitatorSection.write(GSON, facilitator, secrets);
        JsonObject sealed = secrets == null ? null
                : secrets.seal(GSON, game, state, pending, FacilitatorSection.seatJournals(GSON, facilitator, secrets));
        JsonObject plainPending = new JsonObject();
        if (pending != null) {
            for (var e : pending.entrySet()) {
                if (e.getValue() == null || e.getValue().isEmpty() || (secrets != null && secrets.protects(e.getKey()))) continue;
                if (state.scenario.actorIndex(e.getKey()) < 0) continue;
                plainPending.add(e.getKey(), GSON.toJsonTree(e.getValue(), ORDERS));
            }
        }
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 65536);
        JsonWriter jw = new JsonWriter(w);
        jw.setStrictness(Strictness.STRICT);
        jw.setSerializeNulls(true);
        jw.setHtmlSafe(false);
        jw.beginObject();
        jw.name("format").value(FORMAT);
        jw.name("saveVersion").value(SAVE_VERSION);
        jw.name("createdWith").value(CREATED_WITH);
        jw.name("savedAt").value(savedAt.toString());
        jw.name("meta");
        GSON.toJson(GSON.toJsonTree(meta, SaveMeta.class), jw);
        jw.name("game");
        GSON.toJson(game, jw);
        if (plainPending.size() > 0) {
            jw.name("pending");
            GSON.toJson(plainPending, jw);
        }
        if (sealed != null) {
            jw.name("sealed");
            GSON.toJson(sealed, jw);
        }
        if (facilitatorSection != null) {
            jw.name("facilitator");
            GSON.toJson(facilitatorSection, jw);
        }
        jw.endObject();
        jw.flush();
        w.flush();
    }

    public static byte[] toBytes(GameState state, SaveMeta meta, Instant savedAt) {
        return toBytes(state, meta, savedAt, null, Map.of());
    }

    public static byte[] toBytes(GameState state, SaveMeta meta, Instant savedAt, SeatSecrets secrets,
                                 Map<String, List<chokepoint.engine.order.Order>> pending) {
        return toBytes(state, meta, savedAt, secrets, pending, null);
    }

    public static byte[] toBytes(GameState state, SaveMeta meta, Instant savedAt, SeatSecrets secrets,
                                 Map<String, List<chokepoint.engine.order.Order>> pending,
                                 chokepoint.facilitator.FacilitatorData facilitator) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        try {
            write(out, state, meta, savedAt, secrets, pending, facilitator);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    public static Loaded read(Path file) throws SaveException {
        return read(JsonInput.fileName(file), JsonInput.readFile(file));
    }

    /** Reads a save from its bytes (plain or gzip-compressed JSON); {@code file} names it in problems. */
    public static Loaded read(String file, byte[] content) throws SaveException {
        try {
            return readChecked(file, content);
        } catch (SaveException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            throw new SaveException(file, "$", "could not be read (internal error: " + e + ")");
        }
    }

    private static Loaded readChecked(String file, byte[] content) throws SaveException {
        JsonElement tree = JsonInput.parse(file, content);
        JsonObject root = envelope(file, tree);
        int version = intField(file, root, "saveVersion");
        root = SaveMigrations.standard().migrate(file, root, version);
        String createdWith = stringField(file, root, "createdWith");
        Instant savedAt = instantField(file, root, "savedAt");
        SaveMeta meta;
        JsonObject game;
        try {
            meta = GameJson.field(GSON, root, "meta", SaveMeta.class, "$");
            if (meta == null) throw new PathedException("$.meta", "must not be null");
            JsonElement g = root.get("game");
            if (g == null) throw new PathedException("$.game", "missing field");
            if (!g.isJsonObject()) throw new PathedException("$.game", "must be an object, got " + GameJson.describe(g));
            game = g.getAsJsonObject();
        } catch (PathedException e) {
            throw new SaveException(file, e.path, e.problem);
        }
        Map<String, SeatSecrets.Sealed> sealed = SeatSecrets.readSection(file, root.get("sealed"));
        FacilitatorSection.Stored facilitator = FacilitatorSection.read(file, GSON, root.get("facilitator"));
        Map<String, List<chokepoint.engine.order.Order>> plainPending = new LinkedHashMap<>();
        JsonElement pe = root.get("pending");
        if (pe != null && !pe.isJsonNull()) {
            if (!pe.isJsonObject()) throw new SaveException(file, "$.pending", "must be an object of actor id to orders");
            try {
                for (var e : pe.getAsJsonObject().entrySet()) {
                    plainPending.put(e.getKey(), readPending(e.getValue(), e.getKey(), "$.pending." + e.getKey()));
                }
            } catch (PathedException e) {
                throw new SaveException(file, e.path, e.problem);
            }
        }
        Loaded loaded;
        if (sealed.isEmpty()) {
            loaded = new Loaded(file, version, createdWith, savedAt, meta, finish(file, game, meta));
        } else {
            Set<String> seats = new HashSet<>();
            for (Seat s : meta.seats()) if (s != null) seats.add(s.actor());
            for (String a : sealed.keySet()) {
                if (!seats.contains(a)) throw new SaveException(file, "$.sealed.seats." + a, "is not a seat of this save");
            }
            loaded = new Loaded(file, version, createdWith, savedAt, meta, null, game, sealed);
        }
        for (var e : plainPending.entrySet()) {
            if (sealed.containsKey(e.getKey())) throw new SaveException(file, "$.pending." + e.getKey(), "is sealed for this seat");
            if (!e.getValue().isEmpty()) loaded.pending.put(e.getKey(), e.getValue());
        }
        loaded.facilitatorStored = facilitator;
        loaded.facilitatorContents = facilitator == null ? null : facilitator.contents();
        loaded.completeFacilitator();
        return loaded;
    }

    /** Builds and checks the state of a game tree (all seats' data present). */
    private static GameState finish(String file, JsonObject game, SaveMeta meta) throws SaveException {
        GameState state;
        try {
            GameJson.field(GSON, game, "stateHash", String.class, "$.game");
            state = StateCodec.fromJson(GSON, game, "$.game");
        } catch (PathedException e) {
            throw new SaveException(file, e.path, e.problem);
        } catch (RuntimeException | StackOverflowError e) {
            throw new SaveException(file, "$.game", "could not be read (internal error: " + e + ")");
        }
        List<Problem> problems = new ArrayList<>(scenarioProblems(file, state.scenario));
        if (!problems.isEmpty()) throw new SaveException(problems);
        for (StateCodec.Violation v : StateCodec.invariants(state, "$.game")) problems.add(new Problem(file, v.path(), v.message()));
        checkMeta(file, meta, state, problems);
        if (problems.isEmpty()) {
            String recorded = game.get("stateHash").isJsonNull() ? null : game.get("stateHash").getAsString();
            String actual = StateHash.of(state);
            if (!actual.equals(recorded)) {
                problems.add(new Problem(file, "$.game.stateHash", "the game does not match its recorded state hash "
                        + "(the file was edited or damaged)"));
            }
        }
        if (problems.isEmpty()) {
            String trouble = trialTurn(state);
            if (trouble != null) problems.add(new Problem(file, "$.game", "the game cannot be continued: " + trouble));
        }
        if (!problems.isEmpty()) throw new SaveException(problems);
        return state;
    }

    /**
     * The scenario embedded in a save gets every check a scenario file gets (value ranges, known ids, no
     * duplicates, shares that add up): it is written out in the scenario format and read back with the
     * scenario loader. Paths are given under {@code $.game.scenario} in the terms of the scenario format.
     */
    static List<Problem> scenarioProblems(String file, chokepoint.engine.scenario.Scenario sc) {
        JsonObject tree;
        try {
            tree = chokepoint.scenario.ScenarioWriter.toJson(sc);
        } catch (RuntimeException e) {
            return List.of(new Problem(file, "$.game.scenario", "is damaged: a required value is missing or invalid"));
        }
        try {
            chokepoint.scenario.ScenarioLoader.fromJson(file, tree);
            return List.of();
        } catch (chokepoint.scenario.ScenarioException e) {
            List<Problem> out = new ArrayList<>();
            for (Problem p : e.problems()) out.add(new Problem(file, PathedException.join("$.game.scenario", p.jsonPath()), p.message()));
            return out;
        }
    }

    /**
     * Resolves the next turn on a copy (and builds every seat's view), so a save whose data the engine cannot run
     * on is refused now rather than failing in play. Returns null when fine.
     */
    private static String trialTurn(GameState state) {
        try {
            Game g = Game.fromState(state.copy());
            for (var a : state.scenario.actors()) g.view(a.id());
            if (!g.isOver()) g.resolve(java.util.Map.of());
            return null;
        } catch (RuntimeException | StackOverflowError e) {
            return "the engine fails on its data (" + e.getClass().getSimpleName() + ")";
        }
    }

    private static void checkMeta(String file, SaveMeta meta, GameState state, List<Problem> problems) {
        if (meta.scenarioId() == null || !meta.scenarioId().equals(state.scenario.id())) {
            problems.add(new Problem(file, "$.meta.scenarioId", "is \"" + meta.scenarioId() + "\" but the game is of scenario \""
                    + state.scenario.id() + "\""));
        }
        if (meta.turn() != state.turn) {
            problems.add(new Problem(file, "$.meta.turn", "is " + meta.turn() + " but the game has played " + state.turn + " turns"));
        }
        Set<String> ids = new HashSet<>();
        for (var a : state.scenario.actors()) ids.add(a.id());
        for (int i = 0; i < meta.seats().size(); i++) {
            Seat s = meta.seats().get(i);
            if (s == null || !ids.contains(s.actor())) {
                problems.add(new Problem(file, "$.meta.seats[" + i + "].actor", "unknown actor id \"" + (s == null ? null : s.actor()) + "\""));
            }
        }
    }

    private static JsonObject envelope(String file, JsonElement tree) throws SaveException {
        if (!tree.isJsonObject()) throw new SaveException(file, "$", "not a Chokepoint save (the file is " + GameJson.describe(tree) + ", not an object)");
        JsonObject root = tree.getAsJsonObject();
        JsonElement f = root.get("format");
        if (f == null) throw new SaveException(file, "$.format", "missing field: not a Chokepoint save");
        if (!f.isJsonPrimitive() || !FORMAT.equals(f.getAsString())) {
            throw new SaveException(file, "$.format", "not a Chokepoint save (format is " + f + ", expected \"" + FORMAT + "\")");
        }
        return root;
    }

    private static int intField(String file, JsonObject o, String name) throws SaveException {
        try {
            return GameJson.<Integer>field(GSON, o, name, int.class, "$");
        } catch (PathedException e) {
            throw new SaveException(file, e.path, e.problem);
        }
    }

    private static String stringField(String file, JsonObject o, String name) throws SaveException {
        try {
            return GameJson.field(GSON, o, name, String.class, "$");
        } catch (PathedException e) {
            throw new SaveException(file, e.path, e.problem);
        }
    }

    private static Instant instantField(String file, JsonObject o, String name) throws SaveException {
        String s = stringField(file, o, name);
        if (s == null) throw new SaveException(file, "$." + name, "must not be null");
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            throw new SaveException(file, "$." + name, "must be an ISO-8601 time such as 2026-11-24T08:30:00Z, got \"" + s + "\"");
        }
    }

    /**
     * Reads the envelope and meta of a save without reading the game: streams the file and stops at "game".
     */
    public static Header readHeader(Path path) throws SaveException {
        String file = JsonInput.fileName(path);
        try {
            long size = Files.size(path);
            if (size == 0) throw new SaveException(file, "$", "the file is empty");
            if (size > JsonInput.MAX_BYTES) throw new SaveException(file, "$", JsonInput.tooLarge(size));
        } catch (NoSuchFileException e) {
            throw new SaveException(file, "$", "no such file");
        } catch (IOException e) {
            throw new SaveException(file, "$", "cannot be read (" + e.getMessage() + ")");
        }
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(path), 65536)) {
            raw.mark(2);
            int b0 = raw.read();
            int b1 = raw.read();
            raw.reset();
            InputStream in = b0 == 0x1f && b1 == 0x8b ? new GZIPInputStream(raw, 65536) : raw;
            var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            JsonReader r = new JsonReader(new InputStreamReader(in, decoder));
            r.setStrictness(Strictness.STRICT);
            return header(file, r);
        } catch (SaveException e) {
            throw e;
        } catch (EOFException e) {
            throw new SaveException(file, "$", "the file ends too early (truncated?)");
        } catch (CharacterCodingException e) {
            throw new SaveException(file, "$", "is not valid UTF-8 text");
        } catch (IOException | JsonParseException | IllegalStateException | NumberFormatException e) {
            GameJson.Cleaned c = GameJson.clean(e);
            throw new SaveException(file, c.path(), "invalid JSON: " + c.message());
        } catch (RuntimeException | StackOverflowError e) {
            throw new SaveException(file, "$", "could not be read (internal error: " + e + ")");
        }
    }

    private static Header header(String file, JsonReader r) throws IOException, SaveException {
        if (r.peek() != JsonToken.BEGIN_OBJECT) throw new SaveException(file, "$", "not a Chokepoint save (not a JSON object)");
        r.beginObject();
        JsonObject head = new JsonObject();
        while (r.hasNext()) {
            String name = r.nextName();
            if (name.equals("game")) {
                if (head.has("meta")) break;
                r.skipValue(); // meta after the game (a hand-edited file): keep looking
                continue;
            }
            head.add(name, TypeAdapters.JSON_ELEMENT.read(r));
            if (head.has("meta") && head.has("format") && head.has("saveVersion") && head.has("savedAt")) break;
        }
        envelope(file, head);
        int version = intField(file, head, "saveVersion");
        if (version > SaveMigrations.CURRENT) SaveMigrations.standard().migrate(file, head, version);
        String createdWith = head.has("createdWith") ? stringField(file, head, "createdWith") : null;
        Instant savedAt = instantField(file, head, "savedAt");
        SaveMeta meta;
        try {
            meta = GameJson.field(GSON, head, "meta", SaveMeta.class, "$");
        } catch (PathedException e) {
            throw new SaveException(file, e.path, e.problem);
        }
        if (meta == null) throw new SaveException(file, "$.meta", "must not be null");
        return new Header(file, version, createdWith, savedAt, meta);
    }

    /** Whether a parsed JSON tree is (meant to be) a save: it says {@code "format": "chokepoint-save"}. */
    public static boolean looksLikeSave(JsonElement tree) {
        if (tree == null || !tree.isJsonObject()) return false;
        JsonElement f = tree.getAsJsonObject().get("format");
        return f != null && f.isJsonPrimitive() && FORMAT.equals(f.getAsString());
    }
}
