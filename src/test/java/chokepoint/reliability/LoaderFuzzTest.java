package chokepoint.reliability;

import chokepoint.ai.Reason;
import chokepoint.engine.Game;
import chokepoint.engine.scenario.Scenario;
import chokepoint.persistence.OrderFile;
import chokepoint.persistence.OrderFileException;
import chokepoint.persistence.SaveException;
import chokepoint.persistence.SaveFile;
import chokepoint.persistence.SaveMeta;
import chokepoint.persistence.Seat;
import chokepoint.persistence.SeatSecrets;
import chokepoint.scenario.Problem;
import chokepoint.scenario.ScenarioException;
import chokepoint.scenario.ScenarioLoader;
import chokepoint.ui.settings.Settings;
import chokepoint.ui.settings.SettingsStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Mutates the real scenario files, a real save and an order file thousands of times and loads each mutant: the
 * loader must give a valid, playable object or its documented exception whose every problem names the file, a
 * JSON path and a reason. Any other throwable, an "internal error" problem or a case running longer than
 * {@link #CASE_LIMIT_SECONDS} fails. The seed is fixed per run (override with -Dfuzz.seed, scale with -Dfuzz.scale).
 */
class LoaderFuzzTest {
    static final long SEED = Long.getLong("fuzz.seed", 20261124L);
    static final double SCALE = Double.parseDouble(System.getProperty("fuzz.scale", "1"));
    static final int CASE_LIMIT_SECONDS = 10;

    private static ExecutorService worker;
    private static Scenario scenario2025;

    @BeforeAll
    static void start() {
        worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(null, r, "fuzz-case", 1 << 22);
            t.setDaemon(true);
            return t;
        });
        scenario2025 = Fixtures.load("2025");
    }

    @AfterAll
    static void stop() {
        worker.shutdownNow();
    }

    static int cases(int n) {
        return Math.max(1, (int) Math.round(n * SCALE));
    }

    /** Runs one case with a time limit; a hang or any unexpected throwable fails with the mutation named. */
    static void guarded(String file, Mutator.Mutant m, CheckedCase body) {
        Future<?> f = worker.submit(() -> {
            body.run();
            return null;
        });
        try {
            f.get(CASE_LIMIT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            fail(file + " (" + m.kind() + ": " + m.what() + ") took longer than " + CASE_LIMIT_SECONDS + " s");
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable t = e.getCause();
            if (t instanceof AssertionError a) throw a;
            AssertionError err = new AssertionError(file + " (" + m.kind() + ": " + m.what() + ") escaped as " + t, t);
            throw err;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("interrupted");
        }
    }

    @FunctionalInterface
    interface CheckedCase {
        void run() throws Exception;
    }

    static void checkProblems(String file, Mutator.Mutant m, List<Problem> problems) {
        assertFalse(problems.isEmpty());
        for (Problem p : problems) {
            String where = file + " (" + m.kind() + ": " + m.what() + "): " + p;
            assertEquals(file, p.file(), where);
            assertNotNull(p.jsonPath(), where);
            assertTrue(p.jsonPath().startsWith("$"), where);
            assertNotNull(p.message(), where);
            assertFalse(p.message().isBlank(), where);
            assertFalse(p.message().contains("internal error"), "a loader bug: " + where);
            assertFalse(p.message().contains("the engine fails on its data"), "a check the loader misses: " + where);
            assertFalse(p.message().matches("(?s).*\\b(java|com\\.google)\\.[a-z]+\\.[A-Za-z.]*(Exception|Error).*"), "a raw exception in: " + where);
        }
    }

    /** A loaded game must be playable: every seat's view and one resolved turn. */
    static void playable(Game g) {
        Game c = g.copy();
        for (var a : c.scenario().actors()) c.view(a.id()).history();
        if (!c.isOver()) c.resolve(Map.of());
    }

    static final Map<Mutator.Kind, int[]> TALLY = new EnumMap<>(Mutator.Kind.class);

    private static void fuzzScenario(String name, byte[] original, int n, long seed) {
        Mutator mut = new Mutator(original, seed);
        int ok = 0;
        for (int i = 0; i < n; i++) {
            Mutator.Mutant m = mut.next();
            int[] okBox = {0};
            guarded(name, m, () -> {
                try {
                    Scenario sc = ScenarioLoader.load(name, m.bytes());
                    playable(Game.start(sc, sc.defaultSeed()));
                    okBox[0] = 1;
                } catch (ScenarioException e) {
                    checkProblems(name, m, e.problems());
                }
            });
            ok += okBox[0];
        }
        System.out.printf("fuzz %s: %d cases, %d loaded as valid games%n", name, n, ok);
    }

    @Test
    void scenario2025() {
        fuzzScenario("2025.json", Fixtures.scenario2025(), cases(500), SEED);
    }

    @Test
    void classroomScenario() {
        fuzzScenario("classroom.json", Fixtures.classroom(), cases(900), SEED + 1);
    }

    @Test
    void save() {
        byte[] save = Fixtures.saveOf(Fixtures.aiGame("classroom", 7, 3));
        fuzzSave("classroom-t3.json", save, cases(500), SEED + 2);
        byte[] save2025 = Fixtures.saveOf(Fixtures.aiGame("2025", 11, 2));
        fuzzSave("2025-t2.json", save2025, cases(120), SEED + 3);
        // a save with a PIN-sealed seat: damaged files must fail cleanly when read and when unlocked
        Game g = Fixtures.aiGame("classroom", 8, 2);
        String seat = g.scenario().actors().get(0).id();
        byte[] sealed = SaveFile.toBytes(g.state(), SaveMeta.of(g.state(), "sealed", List.of(Seat.human(seat))),
                java.time.Instant.parse("2026-11-24T08:30:00Z"), SeatSecrets.withIterations(200).pin(seat, "4711"), Map.of());
        fuzzSave("sealed.json", sealed, cases(200), SEED + 6);
        fuzzSave("facilitated.json", facilitatedSave(), cases(200), SEED + 7);
    }

    /**
     * A save in facilitator mode: password set, an inject scheduled, journal notes (one of a seat with a PIN) and AI
     * reasons, all sealed; the fuzzer's unlock gives "4711" as PIN and as facilitator password.
     */
    private static byte[] facilitatedSave() {
        Game g = Fixtures.aiGame("classroom", 9, 2);
        String pinSeat = g.scenario().actors().get(0).id();
        String other = g.scenario().actors().get(1).id();
        chokepoint.facilitator.Facilitator f = new chokepoint.facilitator.Facilitator(g);
        f.setPassword("4711".toCharArray());
        try {
            f.schedule().add(3, chokepoint.facilitator.io.InjectJson.bundledLibrary().get(0));
        } catch (chokepoint.facilitator.io.InjectFileException e) {
            throw new IllegalStateException(e);
        }
        var market = g.scenario().markets().get(0);
        f.journal().write(new chokepoint.facilitator.JournalEntry(2, pinSeat, "prices up", chokepoint.facilitator.Expectation.price(
                market.commodity(), market.stage(), chokepoint.facilitator.Expectation.Direction.UP)));
        f.journal().write(new chokepoint.facilitator.JournalEntry(2, other, "calm", null));
        f.recordReasons(other, List.of(Reason.plain("hold")));
        SeatSecrets secrets = SeatSecrets.withIterations(200).pin(pinSeat, "4711").facilitatorPassword("4711".toCharArray());
        return SaveFile.toBytes(g.state(), SaveMeta.of(g.state(), "facilitated", List.of(Seat.human(pinSeat), Seat.human(other))),
                java.time.Instant.parse("2026-11-24T08:30:00Z"), secrets, Map.of(), f.data());
    }

    private static void fuzzSave(String name, byte[] save, int n, long seed) {
        Mutator mut = new Mutator(save, seed);
        int ok = 0;
        for (int i = 0; i < n; i++) {
            Mutator.Mutant m = mut.next();
            int[] okBox = {0};
            guarded(name, m, () -> {
                try {
                    SaveFile.Loaded l = SaveFile.read(name, m.bytes());
                    if (l.facilitatorLocked()) l.unlockFacilitator("4711".toCharArray());
                    for (String seat : l.lockedSeats()) l.unlock(seat, "4711");
                    l.facilitator();
                    playable(l.game());
                    okBox[0] = 1;
                } catch (SaveException e) {
                    checkProblems(name, m, e.problems());
                }
            });
            ok += okBox[0];
        }
        System.out.printf("fuzz %s: %d cases, %d loaded as valid games%n", name, n, ok);
    }

    @Test
    void orderFile() {
        String name = "orders.json";
        Mutator mut = new Mutator(Fixtures.orderFile(), SEED + 4);
        int n = cases(800);
        int ok = 0;
        for (int i = 0; i < n; i++) {
            Mutator.Mutant m = mut.next();
            int[] okBox = {0};
            guarded(name, m, () -> {
                try {
                    OrderFile.Script s = OrderFile.parse(name, m.bytes());
                    List<Problem> problems = OrderFile.check(name, s, scenario2025);
                    if (!problems.isEmpty()) {
                        checkProblems(name, m, problems);
                        return;
                    }
                    Game g = Game.start(scenario2025, 1);
                    for (int t = 1; t <= 3; t++) g.resolve(s.ordersFor(t));
                    okBox[0] = 1;
                } catch (OrderFileException e) {
                    checkProblems(name, m, e.problems());
                }
            });
            ok += okBox[0];
        }
        System.out.printf("fuzz %s: %d cases, %d usable%n", name, n, ok);
    }

    @Test
    void settings(@TempDir Path dir) throws Exception {
        SettingsStore store = new SettingsStore(dir);
        assertTrue(store.save(new Settings("ja", true, "okabe-ito")).isEmpty());
        byte[] good = Files.readAllBytes(store.file());
        Mutator mut = new Mutator(good, SEED + 5);
        int n = cases(300);
        for (int i = 0; i < n; i++) {
            Mutator.Mutant m = mut.next();
            Files.write(store.file(), m.bytes());
            guarded("settings.json", m, () -> {
                SettingsStore.Loaded l = store.load();
                assertNotNull(l.settings());
                Settings s = l.settings();
                assertTrue(s.language().equals("en") || s.language().equals("ja"), String.valueOf(s));
                assertNotNull(s.palette());
                l.problem().ifPresent(p -> {
                    assertTrue(p.contains("settings.json"), p);
                    assertFalse(p.contains("Exception"), p);
                });
            });
        }
        System.out.printf("fuzz settings.json: %d cases%n", n);
    }
}
