package chokepoint.reliability;

import chokepoint.persistence.SaveFile;
import chokepoint.persistence.SaveInfo;
import chokepoint.persistence.SaveStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Kills a real child JVM (destroyForcibly, i.e. SIGKILL) at a random moment while it saves a 2025 game in a loop,
 * five times into the same directory, and then loads everything on disk: every save file must load; half-written
 * data may only ever be in hidden temporary files, which the save list ignores and the store can clean up.
 */
class KillWhileSavingTest {
    static final int ROUNDS = 5;

    @Test
    void aKilledSaveNeverLeavesABrokenSave(@TempDir Path dir) throws Exception {
        long seed = Long.getLong("kill.seed", System.nanoTime());
        Random rnd = new Random(seed);
        System.out.println("kill test seed: -Dkill.seed=" + seed);
        int killedAfter = 0;
        for (int round = 0; round < ROUNDS; round++) {
            boolean gzip = round % 2 == 1;
            Process p = child(dir, gzip);
            try {
                BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
                int wanted = 2 + rnd.nextInt(4);
                int saved = 0;
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                String line;
                while (saved < wanted && (line = out.readLine()) != null) {
                    if (line.startsWith("saved ")) saved = Integer.parseInt(line.substring(6));
                    assertTrue(System.nanoTime() < deadline, "the child saves too slowly");
                }
                if (saved < wanted) {
                    p.destroyForcibly();
                    fail("the child stopped early: " + new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
                }
                Thread.sleep(rnd.nextInt(120)); // a random moment, usually in the middle of the next save
                killedAfter += saved;
            } finally {
                p.destroyForcibly();
                assertTrue(p.waitFor(20, TimeUnit.SECONDS), "the child did not die");
            }
            checkDirectory(dir);
        }
        SaveStore store = new SaveStore(dir);
        int removed = store.cleanTemporaryFiles(Duration.ZERO);
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "temporary files are cleaned up");
        }
        System.out.printf("kill test (-Dkill.seed=%d): %d kills after %d completed saves in all; %d temporary files of interrupted saves cleaned%n",
                seed, ROUNDS, killedAfter, removed);
    }

    private static void checkDirectory(Path dir) throws Exception {
        List<Path> saves = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(f -> !f.getFileName().toString().startsWith(".")).forEach(saves::add);
        }
        assertFalse(saves.isEmpty(), "at least one save is on disk");
        for (Path f : saves) {
            String name = f.getFileName().toString();
            assertTrue(name.endsWith(".json") || name.endsWith(".json.gz"), "only saves are visible: " + name);
            SaveFile.read(f); // throws (and fails the test) when a visible save is damaged
        }
        SaveStore store = new SaveStore(dir);
        List<SaveInfo> list = store.list();
        assertEquals(saves.size(), list.size(), "the list shows the saves and nothing else");
        for (SaveInfo i : list) assertTrue(i.readable(), i.fileName() + ": " + i.problem());
        assertTrue(list.stream().anyMatch(SaveInfo::autosave));
        assertTrue(store.latestAutosave().isPresent());
    }

    private static Process child(Path dir, boolean gzip) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), SaveLoopMain.class.getName(), dir.toString()));
        if (gzip) cmd.add("gzip");
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        return pb.start();
    }
}
