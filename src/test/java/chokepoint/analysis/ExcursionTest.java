package chokepoint.analysis;

import chokepoint.ai.AiStrength;
import chokepoint.engine.Game;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Excursions from a classroom game after two turns: 6 turns left, a handful of runs, a few seconds. */
class ExcursionTest {
    private static final Game GAME = ExcursionFixtures.classroomAfter(2);

    private static ExcursionResult run(String change, int runs, int threads) throws InterruptedException {
        return Excursion.run(GAME, List.of(Assumptions.parse(change, GAME)),
                new Excursion.Settings(runs, 11, threads, AiStrength.BASELINE), null);
    }

    @Test
    void aNoOpChangeGivesTheSameDistributionInBothArmsAndTheRunsDiffer() throws InterruptedException {
        String hash = GAME.hash();
        ExcursionResult r = run("param.demandPriceElasticity=" + GAME.scenario().parameters().get(
                chokepoint.engine.scenario.ParameterKey.DEMAND_PRICE_ELASTICITY), 4, 2);
        assertEquals(hash, GAME.hash(), "the excursion does not touch the game it starts from");
        assertEquals(7, r.turns().size());
        assertEquals(2, r.turns().get(0).number());
        for (int m = 0; m < r.metrics().size(); m++) {
            for (int t = 0; t < r.turns().size(); t++) {
                assertArrayEquals(r.values(Excursion.Arm.BASE, m, t), r.values(Excursion.Arm.CHANGED, m, t), r.metrics().get(m).key());
            }
            ExcursionResult.Comparison c = r.atEnd(m);
            assertEquals(0, c.medianDifference());
            assertEquals(0, c.shareHigher());
            assertEquals(0, c.shareLower());
        }
        // every run has its own future: some figure differs between seeds
        boolean differ = false;
        for (int m = 0; m < r.metrics().size() && !differ; m++) {
            double[] end = r.values(Excursion.Arm.BASE, m, r.turns().size() - 1);
            for (double v : end) differ |= v != end[0];
        }
        assertTrue(differ, "runs with different seeds should not all be identical");
    }

    @Test
    void switchingAnAddedPlantOffRaisesTheMagnetPrice() throws InterruptedException {
        // mp_10x adds 7,000 t/yr of US magnet capacity at turn 4; without it magnets stay scarcer
        ExcursionResult r = run("event.mp_10x=off", 3, 2);
        int m = r.metricIndex("price.ndpr/component");
        ExcursionResult.Comparison c = r.atEnd(m);
        assertTrue(c.changedMedian() > c.baseMedian(), c.toString());
        assertEquals(1.0, c.shareHigher(), c.toString());
        // before the plant would have opened, both arms agree
        assertArrayEquals(r.values(Excursion.Arm.BASE, m, 0), r.values(Excursion.Arm.CHANGED, m, 0));
    }

    @Test
    void resultsDoNotDependOnTheThreadCount() throws InterruptedException {
        ExcursionResult one = run("style.CHN=hawkish", 3, 1);
        ExcursionResult two = run("style.CHN=hawkish", 3, 2);
        assertEquals(ExcursionCsv.of(one), ExcursionCsv.of(two));
        ExcursionResult otherSeeds = Excursion.run(GAME, one.changes(), new Excursion.Settings(3, 12, 2, AiStrength.BASELINE), null);
        assertNotEquals(ExcursionCsv.of(one), ExcursionCsv.of(otherSeeds), "other seeds give other futures");
    }
}
