package chokepoint.reliability;

import chokepoint.engine.Game;
import chokepoint.engine.scenario.Scenario;
import chokepoint.persistence.SaveStore;
import chokepoint.scenario.ScenarioLoader;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * The child process of {@link KillWhileSavingTest}: plays the 2025 scenario and saves it in a loop (an autosave,
 * then the named save "class", over and over, a turn resolved every few saves) into the directory given, printing
 * "saved N" after each completed save, until it is killed.
 */
public final class SaveLoopMain {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        boolean gzip = args.length > 1 && args[1].equals("gzip");
        Scenario sc = ScenarioLoader.loadBundled("2025");
        Game g = Game.start(sc, 5);
        SaveStore store = new SaveStore(dir, 3, Clock.systemUTC(), gzip);
        long end = System.nanoTime() + 120_000_000_000L; // never outlive a broken test by long
        for (int n = 1; System.nanoTime() < end; n++) {
            if (n % 4 == 0 && !g.isOver()) g.resolve(Map.of());
            if (n % 2 == 0) store.save("class", g.state(), null);
            else store.autosave(g.state(), null);
            System.out.println("saved " + n);
            System.out.flush();
        }
    }
}
