package chokepoint.engine;

import chokepoint.engine.order.Order;
import chokepoint.engine.scenario.EffectDef;
import chokepoint.engine.scenario.EffectKind;
import chokepoint.engine.state.ControlMode;
import chokepoint.engine.state.Target;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class DeterminismTest {
    /** A licence regime in force from the start, so the random generator decides approvals every turn. */
    static Game licensedGame(long seed) {
        var licence = new EffectDef(EffectKind.EXPORT_CONTROL, "CHN", "*", "ndpr", "refining", "LICENCE", 0, 0);
        return Game.start(TinyScenario.build(List.of(), List.of(licence)), seed);
    }

    static List<String> play(Game g) {
        List<String> hashes = new ArrayList<>();
        int t = 0;
        while (!g.isOver()) {
            Map<String, List<Order>> orders = t == 2
                    ? Map.of("USA", List.of(new Order.CyberOperation("USA", "CHN", "ndpr", "refining")),
                      "JPN", List.of(new Order.BuyStockpile("JPN", "ndpr", "refining", 20)))
                    : Map.of();
            hashes.add(g.resolve(orders).stateHash);
            t++;
        }
        return hashes;
    }

    @Test
    void sameScenarioSeedAndOrdersGiveTheSameGame() {
        assertEquals(play(licensedGame(42)), play(licensedGame(42)));
    }

    @Test
    void anotherSeedGivesAnotherGame() {
        Game a = licensedGame(1);
        Game b = licensedGame(2);
        play(a);
        play(b);
        double[] pa = a.history().get(3).outsidePrice;
        double[] pb = b.history().get(3).outsidePrice;
        assertNotEquals(pa[1], pb[1], "licence approvals are drawn from the seeded generator");
    }

    @Test
    void aCopyPlaysOnIdentically() {
        Game a = licensedGame(5);
        a.resolve(Map.of());
        Game b = a.copy();
        assertEquals(a.hash(), b.hash());
        assertEquals(play(a), play(b));
    }

    @Test
    void previewsDoNotChangeTheGame() {
        Game a = licensedGame(9);
        String before = a.hash();
        a.preview("CHN", List.of(), new Order.ImposeExportControl("CHN", "ndpr", "refining", ControlMode.BAN,
                Target.actors("JPN"), 0));
        a.view("JPN").lastRecord();
        assertEquals(before, a.hash());
    }
}
