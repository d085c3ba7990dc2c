package chokepoint.analysis;

import chokepoint.ai.AiStyle;
import chokepoint.engine.Game;
import chokepoint.engine.scenario.ParameterKey;
import chokepoint.engine.state.ControlMode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** KEY=VALUE parsing: every kind, both spellings of parameters, and a clear message for each mistake. */
class AssumptionsTest {
    private static final Game GAME = ExcursionFixtures.classroomAfter(2);

    @Test
    void parametersByJsonNameOrSnakeCaseWithinTheirRange() {
        assertEquals(new Assumption.Parameter(ParameterKey.DEMAND_PRICE_ELASTICITY, 0.3),
                Assumptions.parse("param.demand_price_elasticity=0.3", GAME));
        Assumption a = Assumptions.parse(" param.priceMaxFactor = 12 ", GAME);
        assertEquals(new Assumption.Parameter(ParameterKey.PRICE_MAX_FACTOR, 12), a);
        assertEquals("param.priceMaxFactor", a.key());
        assertEquals("12", a.value());
    }

    @Test
    void eventsStylesAndStandingControls() {
        assertEquals(new Assumption.Event("mp_10x", false), Assumptions.parse("event.mp_10x=off", GAME));
        assertEquals(new Assumption.Event("senkaku_embargo", true), Assumptions.parse("event.senkaku_embargo=ON", GAME));
        assertEquals(new Assumption.Style("JPN", AiStyle.HAWKISH), Assumptions.parse("style.JPN=hawkish", GAME));
        assertEquals(new Assumption.StandingControl("CHN", "ndpr", "refining", "JPN", ControlMode.BAN),
                Assumptions.parse("control.CHN.ndpr/refining.JPN=ban", GAME));
        assertEquals("control.CHN.ndpr/refining.ALL", Assumptions.parse("control.CHN.ndpr/refining.ALL=quota", GAME).key());
    }

    @Test
    void mistakesNameTheKeyAndTheProblem() {
        problem("param.demandPriceElasticity=3", "param.demandPriceElasticity", "3 is outside the range 0..1");
        problem("param.demandPriceElasticity=abc", "param.demandPriceElasticity", "\"abc\" is not a number");
        problem("param.demandPriceElasticity=NaN", "param.demandPriceElasticity", "NaN is outside the range 0..1");
        problem("param.noSuchThing=1", "param.noSuchThing", "no model parameter \"noSuchThing\"");
        problem("param.=1", "param.", "missing what to change");
        problem("event.nope=off", "event.nope", "no event \"nope\" in scenario classroom");
        problem("event.cn_apr2025_hree=off", "event.cn_apr2025_hree", "already fired (turn 1)");
        problem("event.mp_10x=on", "event.mp_10x", "scripted for turn 4, so it fires anyway");
        problem("event.mp_10x=maybe", "event.mp_10x", "\"maybe\" must be on or off");
        problem("style.XYZ=hawkish", "style.XYZ", "no actor \"XYZ\"");
        problem("style.ROW=hawkish", "style.ROW", "ROW is not a playable seat");
        problem("style.JPN=angry", "style.JPN", "\"angry\" is not a style");
        problem("control.CHN.ndpr.JPN=ban", "control.CHN.ndpr.JPN", "expected control.ACTOR.commodity/stage.TARGET");
        problem("control.CHN.tin/mining.JPN=ban", "control.CHN.tin/mining.JPN", "no market \"tin/mining\"");
        problem("control.CHN.ndpr/refining.CHN=ban", "control.CHN.ndpr/refining.CHN", "must be another actor");
        problem("control.CHN.ndpr/refining.JPN=embargo", "control.CHN.ndpr/refining.JPN", "\"embargo\" is not a control");
        problem("weather.rain=on", "weather.rain", "unknown kind of assumption");
        problem("param.demandPriceElasticity", "param.demandPriceElasticity", "expected KEY=VALUE");
    }

    @Test
    void aFinishedGameHasNoFutureToChange() {
        Game over = ExcursionFixtures.classroomAfter(8);
        problem(over, "param.tensionDecay=3", "param.tensionDecay", "the game is over");
    }

    @Test
    void pickListsOfferOnlyWhatParses() {
        for (Assumptions.Kind kind : Assumptions.Kind.values()) {
            List<String> targets = Assumptions.targets(kind, GAME);
            assertTrue(!targets.isEmpty(), kind.name());
            for (String t : targets) {
                for (String v : Assumptions.values(kind, t, GAME)) Assumptions.parse(kind.prefix() + t + "=" + v, GAME);
            }
        }
        assertEquals(List.of("off"), Assumptions.values(Assumptions.Kind.EVENT, "mp_10x", GAME));
        assertTrue(!Assumptions.targets(Assumptions.Kind.EVENT, GAME).contains("cn_apr2025_hree"));
    }

    private static void problem(String text, String key, String problem) {
        problem(GAME, text, key, problem);
    }

    private static void problem(Game game, String text, String key, String problem) {
        AssumptionException e = assertThrows(AssumptionException.class, () -> Assumptions.parse(text, game));
        assertEquals(key, e.key());
        assertTrue(e.problem().contains(problem), e.getMessage());
        assertTrue(e.getMessage().startsWith(key + ": "), e.getMessage());
    }
}
