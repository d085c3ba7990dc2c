package chokepoint.cli;

import chokepoint.engine.Game;
import chokepoint.engine.scenario.Scenario;
import chokepoint.persistence.OrderFile;
import chokepoint.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The batch plays lean games (no per-turn hashes); its rows are those of games played in the default mode. */
class BatchLeanTest {
    @Test
    void batchRowsMatchDefaultModeGames() throws Exception {
        chokepoint.app.CliAiPlugin.register();
        Supplier<SeatAi> ai = AiRegistry.find("baseline").orElseThrow();
        Scenario sc = ScenarioLoader.loadByIdOrPath("2025");
        String csv = Batch.run(sc, 7, 3, 1, 0, OrderFile.Script.empty(), ai);
        StringBuilder expected = new StringBuilder(Batch.csv(Batch.header(sc))).append('\n');
        for (long seed = 7; seed < 10; seed++) {
            Game g = GameRunner.play(sc, seed, 0, null, ai.get(), Game.Options.DEFAULT);
            expected.append(Batch.csv(Batch.row(sc, seed, g))).append('\n');
            assertEquals(g.history().get(g.history().size() - 1).stateHash, g.hash());
        }
        assertEquals(expected.toString(), csv);
    }
}
