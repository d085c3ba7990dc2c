package chokepoint.games;

import chokepoint.engine.Game;
import chokepoint.engine.scenario.Scenario;
import chokepoint.engine.state.ObjectiveStatus;
import chokepoint.engine.state.TurnRecord;
import chokepoint.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A yearly export-revenue objective is judged on the last four quarters, not on one quarter's sales times four. */
class ExportRevenueObjectiveTest {

    @Test
    void revenueObjectiveCountsTheLastYear() throws Exception {
        Scenario sc = ScenarioLoader.loadBundled("2025");
        int chl = sc.actorIndex("CHL");
        Game g = Game.start(sc, 5);
        for (int t = 0; t < 6; t++) g.resolve(Map.of());
        List<TurnRecord> h = g.history();
        for (int turn = 1; turn <= 6; turn++) {
            int n = Math.min(turn, 4);
            double sum = 0;
            for (int k = turn - n + 1; k <= turn; k++) sum += h.get(k).exportRevenue[chl];
            double expected = sum * 4 / n;
            ObjectiveStatus st = h.get(turn).objectives.get(chl).stream()
                    .filter(o -> o.objective().equals("cl_revenue")).findFirst().orElseThrow();
            assertEquals(expected, st.value(), 1e-9 * Math.max(1, expected), "turn " + turn);
        }
        assertTrue(h.get(6).exportRevenue[chl] > 0, "Chile exports");
    }
}
