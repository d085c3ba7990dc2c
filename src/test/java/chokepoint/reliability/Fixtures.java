package chokepoint.reliability;

import chokepoint.ai.AiRoster;
import chokepoint.ai.AiStrength;
import chokepoint.ai.AiStyle;
import chokepoint.engine.Game;
import chokepoint.engine.scenario.Scenario;
import chokepoint.persistence.SaveFile;
import chokepoint.persistence.SaveMeta;
import chokepoint.scenario.ScenarioLoader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** Real files for the reliability tests: the bundled scenarios, a save of a few AI turns, the example order file. */
final class Fixtures {
    private Fixtures() {}

    static byte[] read(String path) {
        try {
            return Files.readAllBytes(Path.of(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] scenario2025() { return read("assets/scenarios/2025.json"); }

    static byte[] classroom() { return read("assets/scenarios/classroom.json"); }

    static byte[] orderFile() { return read("docs/examples/china-bans-ndpr-to-japan.json"); }

    static Scenario load(String id) {
        try {
            return ScenarioLoader.loadBundled(id);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A game of a bundled scenario played {@code turns} turns by the baseline AI. */
    static Game aiGame(String id, long seed, int turns) {
        Scenario sc = load(id);
        Game g = Game.start(sc, seed);
        AiRoster roster = AiRoster.uniform(sc, AiStyle.BALANCED, AiStrength.BASELINE);
        List<String> seats = AiRoster.playableSeats(sc);
        for (int t = 0; t < turns && !g.isOver(); t++) g.resolve(roster.ordersFor(g, seats));
        return g;
    }

    static byte[] saveOf(Game g) {
        return SaveFile.toBytes(g.state(), SaveMeta.of(g.state(), "fixture", null), Instant.parse("2026-11-24T08:30:00Z"));
    }
}
