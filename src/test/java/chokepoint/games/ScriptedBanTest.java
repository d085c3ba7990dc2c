package chokepoint.games;

import chokepoint.engine.Game;
import chokepoint.engine.order.Order;
import chokepoint.engine.scenario.Scenario;
import chokepoint.engine.state.TurnRecord;
import chokepoint.persistence.OrderFile;
import chokepoint.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The documented example order file (docs/examples/china-bans-ndpr-to-japan.json) moves Japan's shortage,
 * the NdPr prices and China's leverage over Japan, compared with the same game without it.
 */
class ScriptedBanTest {

    @Test
    void chinaBanOnNdprToJapanShowsInTheReport() throws Exception {
        Scenario sc = ScenarioLoader.loadBundled("2025");
        OrderFile.Script script = OrderFile.load(Path.of("docs/examples/china-bans-ndpr-to-japan.json"));
        Game banned = Game.start(sc, 1);
        Game baseline = Game.start(sc, 1);
        TurnRecord withBan = null;
        TurnRecord without = null;
        for (int turn = 1; turn <= 2; turn++) {
            Map<String, List<Order>> orders = script.ordersFor(turn);
            withBan = banned.resolve(orders);
            without = baseline.resolve(Map.of());
        }
        int jpn = sc.actorIndex("JPN");
        int chn = sc.actorIndex("CHN");
        int oxide = sc.marketIndex("ndpr", "refining");
        int magnets = sc.marketIndex("ndpr", "component");
        assertTrue(withBan.importsFrom(jpn, chn, oxide) < 1e-9, "no Chinese oxide reaches Japan");
        assertTrue(withBan.shortageShare(jpn, magnets) > without.shortageShare(jpn, magnets) + 0.05,
                "Japan's magnet shortage rises: " + without.shortageShare(jpn, magnets) + " -> "
                        + withBan.shortageShare(jpn, magnets));
        assertTrue(withBan.outsidePrice[magnets] > without.outsidePrice[magnets] * 1.02
                        || withBan.price[magnets] > without.price[magnets] * 1.02,
                "the magnet price moves: " + without.outsidePrice[magnets] + " -> " + withBan.outsidePrice[magnets]);
        assertTrue(Math.abs(withBan.leverage[chn][jpn] - without.leverage[chn][jpn]) > 0.5,
                "China's leverage over Japan moves: " + without.leverage[chn][jpn] + " -> " + withBan.leverage[chn][jpn]);
        assertTrue(withBan.news.stream().anyMatch(n -> n.key().equals("news.output.control") && n.args().get(0).equals("JPN")
                && n.args().get(3).equals("CHN")), "the report explains Japan's loss by China's control");
    }
}
