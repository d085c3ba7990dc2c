package chokepoint.ai;

import chokepoint.text.ReasonFormatter;
import chokepoint.engine.Game;
import chokepoint.engine.TinyScenario;
import chokepoint.engine.order.Order;
import chokepoint.engine.scenario.Scenario;
import chokepoint.engine.state.ControlMode;
import chokepoint.engine.state.TurnRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AiPlayersTest {

    @Test
    void everyBaselineOrderIsValidOverWholeTinyGames() {
        Scenario sc = TinyScenario.build();
        for (long seed = 1; seed <= 40; seed++) {
            for (AiStyle style : AiStyle.values()) {
                Game g = AiTestSupport.playChecked(sc, seed, AiRoster.uniform(sc, style, AiStrength.BASELINE));
                assertTrue(g.isOver());
            }
        }
    }

    @Test
    void everyStrongOrderIsValidOverWholeTinyGames() {
        Scenario sc = TinyScenario.build();
        for (long seed = 1; seed <= 4; seed++) {
            for (AiStyle style : AiStyle.values()) {
                AiTestSupport.playChecked(sc, seed, AiRoster.uniform(sc, style, AiStrength.STRONG));
            }
        }
    }

    @Test
    void deeperStrongAiGivesValidOrders() {
        Scenario sc = TinyScenario.build();
        Game g = Game.start(sc, 21);
        StrongAi deep = new StrongAi(AiStyle.HAWKISH, 4, 1);
        while (!g.isOver()) {
            Decision d = deep.decide(g, "CHN");
            assertTrue(g.validateAll("CHN", d.orderList()).stream().allMatch(List::isEmpty), d.toString());
            g.resolve(Map.of("CHN", d.orderList()));
        }
    }

    @Test
    void theAisRegisterWithTheHeadlessRunner() {
        chokepoint.app.CliAiPlugin.register();
        for (String name : List.of("baseline", "strong", "hawkish", "cooperative", "balanced", "strong-hawkish")) {
            assertTrue(chokepoint.cli.AiRegistry.find(name).isPresent(), name);
        }
        Scenario sc = TinyScenario.build();
        Game g = Game.start(sc, 4);
        List<Order> orders = chokepoint.cli.AiRegistry.find("baseline").orElseThrow().get().orders(g, "CHN");
        assertTrue(g.validateAll("CHN", orders).stream().allMatch(List::isEmpty));
    }

    @Test
    void mixedRostersStayValid() {
        Scenario sc = TinyScenario.build();
        List<String> seats = AiRoster.playableSeats(sc);
        for (long seed = 100; seed < 115; seed++) {
            SplittableRandom r = new SplittableRandom(seed);
            AiRoster roster = AiRoster.defaults(sc);
            for (String s : seats) {
                roster = roster.with(s, AiStyle.values()[r.nextInt(3)], r.nextInt(4) == 0 ? AiStrength.STRONG : AiStrength.BASELINE);
            }
            AiTestSupport.playChecked(sc, seed, roster);
        }
    }

    @Test
    void sameGameAndSeedGiveTheSameDecisions() {
        Scenario sc = TinyScenario.build();
        for (AiStrength strength : AiStrength.values()) {
            AiRoster roster = AiRoster.uniform(sc, AiStyle.BALANCED, strength).with("CHN", AiStyle.HAWKISH, strength);
            List<String> a = transcript(sc, 11, roster);
            List<String> b = transcript(sc, 11, roster);
            assertEquals(a, b);
        }
        // a decision does not change the game it looks at
        Game g = Game.start(sc, 5);
        String before = g.hash();
        Decision d1 = new StrongAi(AiStyle.HAWKISH).decide(g, "CHN");
        assertEquals(before, g.hash());
        assertEquals(d1, new StrongAi(AiStyle.HAWKISH).decide(g, "CHN"));
    }

    private static List<String> transcript(Scenario sc, long seed, AiRoster roster) {
        Game g = Game.start(sc, seed);
        List<String> out = new ArrayList<>();
        while (!g.isOver()) {
            var d = roster.decisionsFor(g, AiRoster.playableSeats(sc));
            out.add(d.toString());
            out.add(g.resolve(AiRoster.orders(d)).stateHash);
        }
        return out;
    }

    @Test
    void hawkishChinaWithLeverageUsesAnExportControl() {
        Scenario sc = TinyScenario.build();
        AiRoster roster = AiRoster.defaults(sc).with("CHN", AiStyle.HAWKISH, AiStrength.BASELINE);
        Game g = Game.start(sc, 1);
        TurnRecord first = g.history().get(0);
        int chn = sc.actorIndex("CHN");
        int jpn = sc.actorIndex("JPN");
        assertTrue(first.leverage[chn][jpn] > 0, "CHN holds leverage over JPN in the tiny scenario");
        boolean controlled = false;
        while (!g.isOver()) {
            var d = roster.decisionsFor(g, AiRoster.playableSeats(sc));
            for (ReasonedOrder o : d.get("CHN").orders()) {
                if (o.order() instanceof Order.ImposeExportControl c) {
                    controlled = true;
                    assertTrue(c.mode() == ControlMode.BAN || c.mode() == ControlMode.LICENCE || c.mode() == ControlMode.QUOTA);
                    String why = ReasonFormatter.of(g, "en").line(o.reason());
                    assertTrue(why.contains("leverage"), why);
                }
            }
            g.resolve(AiRoster.orders(d));
        }
        assertTrue(controlled, "a hawkish CHN never used an export control");
    }

    @Test
    void cooperativeSeatsBuildTradeZones() {
        Scenario sc = TinyScenario.build();
        Game g = AiRoster.uniform(sc, AiStyle.COOPERATIVE, AiStrength.BASELINE).playOut(Game.start(sc, 2));
        assertFalse(g.state().zones.isEmpty(), "no trade zone founded by cooperative seats");
        assertTrue(g.state().zones.stream().anyMatch(z -> z.members.size() >= 2), "nobody joined a zone");
    }

    @Test
    void allAiGameRunsToTheEndWithReasons() {
        Scenario sc = TinyScenario.build();
        AiRoster roster = AiRoster.defaults(sc);
        Game g = Game.start(sc, 9);
        int orders = 0;
        while (!g.isOver()) {
            Map<String, Decision> d = roster.decisionsFor(g, AiRoster.playableSeats(sc));
            ReasonFormatter en = ReasonFormatter.of(g, "en");
            for (Decision x : d.values()) {
                orders += x.orders().size();
                for (String r : en.lines(x.reasons())) assertTrue(r.length() > 10 && r.matches(".*\\d.*"), "reason without a figure: " + r);
                assertFalse(en.line(x.summary()).isBlank());
            }
            g.resolve(AiRoster.orders(d));
        }
        assertTrue(g.isOver());
        assertEquals(sc.calendar().turns() + 1, g.history().size());
        assertTrue(orders > 0);
    }

    @Test
    void bundled2025GamesStayValid() {
        Scenario sc = AiTestSupport.bundled2025();
        Assumptions.assumeTrue(sc != null, "the 2025 scenario is not on this branch yet");
        for (long seed = 1; seed <= 3; seed++) {
            for (AiStyle style : AiStyle.values()) {
                AiTestSupport.playChecked(sc, seed, AiRoster.uniform(sc, style, AiStrength.BASELINE));
            }
        }
        AiTestSupport.playChecked(sc, 4, AiRoster.defaults(sc).with("CHN", AiStyle.HAWKISH, AiStrength.STRONG)
                .with("USA", AiStyle.BALANCED, AiStrength.STRONG));
    }
}
