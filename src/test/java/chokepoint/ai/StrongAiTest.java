package chokepoint.ai;

import chokepoint.text.ReasonFormatter;
import chokepoint.engine.Game;
import chokepoint.engine.TinyScenario;
import chokepoint.engine.scenario.Scenario;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The strong AI against the baseline on a small fixed case (the win-rate figures come from the winrates command). */
class StrongAiTest {

    @Test
    void aStrongSeatNeverScoresBelowTheBaselineOnTinyGamesAndGivesOnlyValidOrders() {
        Scenario sc = TinyScenario.build();
        AiRoster base = AiRoster.defaults(sc);
        int better = 0;
        for (long seed = 1; seed <= 5; seed++) {
            double[] a = WinRates.finalScores(base.playOut(Game.start(sc, seed)));
            for (String role : AiRoster.playableSeats(sc)) {
                int r = sc.actorIndex(role);
                AiRoster strong = base.with(role, base.settingOf(sc, role).style(), AiStrength.STRONG);
                double b = WinRates.finalScores(AiTestSupport.playChecked(sc, seed, strong))[r];
                assertTrue(b >= a[r], role + " seed " + seed + ": strong " + b + " < baseline " + a[r]);
                if (b > a[r]) better++;
            }
        }
        assertTrue(better > 0, "the strong AI never beat the baseline");
    }

    @Test
    void strongDecisionsExplainTheLookAhead() {
        Scenario sc = TinyScenario.build();
        Game g = Game.start(sc, 2);
        AiRoster base = AiRoster.defaults(sc);
        boolean cited = false;
        while (!g.isOver()) {
            Decision d = new StrongAi(AiStyle.BALANCED).decide(g, "JPN");
            ReasonFormatter en = ReasonFormatter.of(g, "en");
            assertFalse(en.line(d.summary()).isBlank());
            for (ReasonedOrder o : d.orders()) {
                assertFalse(en.line(o.reason()).isBlank());
                if (en.line(o.reason()).contains("look-ahead")) cited = true;
            }
            var orders = base.ordersFor(g, AiRoster.playableSeats(sc));
            orders.put("JPN", d.orderList());
            g.resolve(orders);
        }
        assertTrue(cited, "no strong decision cited its simulated gain");
    }

    @Test
    void aSetIsJudgedByItsWorstFuture() {
        Lookahead.Evaluation base = new Lookahead.Evaluation(new double[] {80, 82});
        Lookahead.Evaluation better = new Lookahead.Evaluation(new double[] {83, 82.5});
        Lookahead.Evaluation mixed = new Lookahead.Evaluation(new double[] {86, 81.9});
        assertEquals(0.5, better.worstGain(base), 1e-9);
        assertEquals(82.75, better.mean(), 1e-9);
        assertTrue(mixed.mean() > better.mean());
        assertTrue(mixed.worstGain(base) < 0, "a set that loses in one future does not beat the baseline set");
    }
}
