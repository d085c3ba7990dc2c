package chokepoint.analysis;

import chokepoint.ai.AiStrength;
import chokepoint.ai.AiStyle;
import chokepoint.engine.Game;
import chokepoint.engine.scenario.EventDef;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

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

    @Test
    void theSeatStylesOfTheGameArePlayedInBothArms() throws InterruptedException {
        // a game whose CHN seat was set up hawkish, studied with a no-op change, plays like the default game
        // with CHN switched to hawkish as the change
        ExcursionResult asSaved = Excursion.run(GAME, List.of(Assumptions.parse("param.demandPriceElasticity=0.1", GAME)),
                new Excursion.Settings(3, 11, 2, AiStrength.BASELINE, Map.of("CHN", AiStyle.HAWKISH), List.of()), null);
        ExcursionResult switched = run("style.CHN=hawkish", 3, 2);
        ExcursionResult defaults = run("param.demandPriceElasticity=0.1", 3, 2);
        int last = asSaved.turns().size() - 1;
        boolean differsFromDefault = false;
        for (int m = 0; m < asSaved.metrics().size(); m++) {
            assertArrayEquals(switched.values(Excursion.Arm.CHANGED, m, last), asSaved.values(Excursion.Arm.BASE, m, last),
                    asSaved.metrics().get(m).key());
            differsFromDefault |= !java.util.Arrays.equals(defaults.values(Excursion.Arm.BASE, m, last),
                    asSaved.values(Excursion.Arm.BASE, m, last));
        }
        assertTrue(differsFromDefault, "a hawkish CHN seat should play differently from the default one");
    }

    @Test
    void scheduledInjectsFireInBothArmsAtTheirTurn() throws InterruptedException {
        // the senkaku embargo card (CHN controls rare earths to JPN) planned for turn 4 by the facilitator
        EventDef card = GAME.scenario().events().stream().filter(e -> e.id().equals("senkaku_embargo")).findFirst().orElseThrow();
        EventDef planned = new EventDef("sch-s1-embargo", card.title(), card.text(), 4, 0, 0, false, card.effects(), card.source());
        String noOp = "param.demandPriceElasticity=0.1";
        ExcursionResult with = Excursion.run(GAME, List.of(Assumptions.parse(noOp, GAME)),
                new Excursion.Settings(3, 11, 2, AiStrength.BASELINE, Map.of(), List.of(planned)), null);
        ExcursionResult without = run(noOp, 3, 2);
        int m = with.metricIndex("leverage.CHN");
        // turns 2 and 3 are played before the inject: the same; at turn 4 CHN's leverage moves
        for (int t = 0; t <= 1; t++) {
            assertArrayEquals(without.values(Excursion.Arm.BASE, m, t), with.values(Excursion.Arm.BASE, m, t), "turn index " + t);
        }
        assertNotEquals(java.util.Arrays.toString(without.values(Excursion.Arm.BASE, m, 2)),
                java.util.Arrays.toString(with.values(Excursion.Arm.BASE, m, 2)), "the embargo moves CHN's leverage at turn 4");
        for (int t = 0; t < with.turns().size(); t++) {
            assertArrayEquals(with.values(Excursion.Arm.BASE, m, t), with.values(Excursion.Arm.CHANGED, m, t), "both arms get it");
        }
        // an inject the game already has (fired before the save) does not fire twice
        Game fired = GAME.copy();
        fired.inject(new EventDef("sch-s1-embargo", card.title(), card.text(), 2, 0, 0, false, card.effects(), card.source()));
        ExcursionResult again = Excursion.run(fired, List.of(Assumptions.parse(noOp, fired)),
                new Excursion.Settings(2, 11, 1, AiStrength.BASELINE, Map.of(), List.of(planned)), null);
        ExcursionResult once = Excursion.run(fired, List.of(Assumptions.parse(noOp, fired)),
                new Excursion.Settings(2, 11, 1, AiStrength.BASELINE), null);
        assertEquals(ExcursionCsv.of(once), ExcursionCsv.of(again));
    }
}
