package chokepoint.persistence;

import com.google.gson.JsonObject;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * The one place where old saves are brought up to date. A save of version k is migrated step by step
 * (k to k+1, k+1 to k+2, ...) on its JSON tree before it is read, so the reader only ever sees
 * {@link #CURRENT}. To change the save format: bump {@link SaveFile#SAVE_VERSION} (= CURRENT), add a step
 * {@code STEPS.put(k, root -> ...)} that turns a version-k tree into a version-(k+1) tree, and add a test
 * with a version-k file. Saves older than {@link #MINIMUM_SUPPORTED} are refused with a clear message.
 *
 * <p>History: version 1 (Chokepoint 0.1.0) is the first format. Version 2 adds the optional {@code "pending"}
 * (unsubmitted orders) and {@code "sealed"} (PIN-protected seat data, {@link SeatSecrets}) sections; a version-1
 * save is a valid version-2 save, so step 1 only bumps the number. (A build that reads only version 1 refuses a
 * version-2 save as "made by a newer version" instead of misreading sealed seats.) Version 3 adds the optional
 * {@code "facilitator"} section (the White Cell's data, sealed with the facilitator password when one is set, see
 * {@link FacilitatorSection}); step 2 only bumps the number, and a version-2 build refuses a version-3 save rather
 * than dropping the facilitator's data on its next save. Version 4 writes each AI reason in
 * {@code facilitator.reasons} as a message key with arguments ({@code {"key", "args", "parts"}}, rendered in the
 * reader's language) instead of one English line; step 3 only bumps the number, because the reasons may be sealed
 * with the facilitator password and so can be converted only once opened: {@link FacilitatorSection} reads a
 * string reason as plain text. A version-3 build refuses a version-4 save instead of failing on its reasons.
 * Version 5 adds {@code game.drawRule} ({@link chokepoint.engine.state.DrawRule}): new games draw their random
 * numbers keyed by question; step 4 marks older games {@code "SEQUENTIAL"}, so they replay and play on with the
 * generator they were played with. A version-4 build refuses a version-5 save rather than play it with the wrong
 * draws.
 */
public final class SaveMigrations {
    /** The save version this build writes and reads. */
    public static final int CURRENT = 5;
    /** The oldest save version this build can still migrate. */
    public static final int MINIMUM_SUPPORTED = 1;

    /** Step k: turns the whole save tree of version k into version k+1 (including its "saveVersion"). */
    private static final Map<Integer, UnaryOperator<JsonObject>> STEPS = new TreeMap<>(Map.of(1, root -> root, 2, root -> root, 3, root -> root,
            4, SaveMigrations::sequentialDraws));

    /** Step 4: games saved before keyed draws keep the sequential generator they were played with. */
    private static JsonObject sequentialDraws(JsonObject root) {
        if (root.get("game") instanceof JsonObject game && !game.has("drawRule")) game.addProperty("drawRule", "SEQUENTIAL");
        return root;
    }

    private final int current;
    private final int minimum;
    private final Map<Integer, UnaryOperator<JsonObject>> steps;

    private SaveMigrations(int current, int minimum, Map<Integer, UnaryOperator<JsonObject>> steps) {
        this.current = current;
        this.minimum = minimum;
        this.steps = steps;
    }

    public static SaveMigrations standard() {
        return new SaveMigrations(CURRENT, MINIMUM_SUPPORTED, STEPS);
    }

    /** For tests: a chain with other steps. */
    static SaveMigrations of(int current, int minimum, Map<Integer, UnaryOperator<JsonObject>> steps) {
        return new SaveMigrations(current, minimum, Map.copyOf(steps));
    }

    /** Brings {@code root} (version {@code version}) to the current version; the tree may be changed in place. */
    public JsonObject migrate(String file, JsonObject root, int version) throws SaveException {
        if (version > current) {
            throw new SaveException(file, "$.saveVersion", "made by a newer version of Chokepoint (save version "
                    + version + ", this version reads up to " + current + ")");
        }
        if (version < minimum) {
            throw new SaveException(file, "$.saveVersion", "made by an old version of Chokepoint (save version "
                    + version + "); this version reads save versions " + minimum + " to " + current);
        }
        JsonObject tree = root;
        for (int v = version; v < current; v++) {
            UnaryOperator<JsonObject> step = steps.get(v);
            if (step == null) {
                throw new SaveException(file, "$.saveVersion", "no migration from save version " + v + " to " + (v + 1));
            }
            try {
                tree = step.apply(tree);
            } catch (RuntimeException e) {
                throw new SaveException(file, "$", "could not be migrated from save version " + v + " to " + (v + 1)
                        + " (" + e.getMessage() + ")");
            }
            tree.addProperty("saveVersion", v + 1);
        }
        return tree;
    }

    public int current() { return current; }
}
