package chokepoint.engine.scenario;

import chokepoint.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The trade-tie tables market clearing reads must say what the ties' own ids and share maps say. */
class TieTablesTest {
    @Test
    void tablesFollowTheTies() throws Exception {
        for (String id : new String[] {"2025", "classroom"}) {
            Scenario sc = ScenarioLoader.loadBundled(id);
            int listed = 0;
            for (int m = 0; m < sc.marketCount(); m++) {
                int last = -1;
                for (int tie : sc.tiesOf(m)) {
                    assertEquals(m, sc.tieMarket(tie));
                    assertEquals(true, tie > last, "increasing tie order");
                    last = tie;
                    listed++;
                }
            }
            int placed = 0;
            for (int tie = 0; tie < sc.tradeTies().size(); tie++) if (sc.tieMarket(tie) >= 0) placed++;
            assertEquals(placed, listed);
            for (int tie = 0; tie < sc.tradeTies().size(); tie++) {
                TradeTieDef t = sc.tradeTies().get(tie);
                assertEquals(sc.actorIndex(t.importer()), sc.tieImporter(tie));
                int[] suppliers = new int[t.shares().size()];
                double[] shares = new double[t.shares().size()];
                int k = 0;
                for (Map.Entry<String, Double> e : t.shares().entrySet()) {
                    suppliers[k] = sc.actorIndex(e.getKey());
                    shares[k++] = e.getValue();
                }
                assertArrayEquals(suppliers, sc.tieSuppliers(tie));
                assertArrayEquals(shares, sc.tieShares(tie));
            }
        }
    }
}
