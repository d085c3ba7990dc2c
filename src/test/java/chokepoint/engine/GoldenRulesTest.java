package chokepoint.engine;

import chokepoint.engine.order.Order;
import chokepoint.engine.scenario.EffectDef;
import chokepoint.engine.scenario.EffectKind;
import chokepoint.engine.scenario.EventDef;
import chokepoint.engine.scenario.ParameterKey;
import chokepoint.engine.scenario.Scenario;
import chokepoint.engine.scenario.Text;
import chokepoint.engine.state.ControlMode;
import chokepoint.engine.state.Target;
import chokepoint.engine.state.TurnRecord;
import chokepoint.engine.state.ZoneRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Golden rule cases: a small scenario, the orders of each turn, and the figures expected after a given turn.
 * Every rule of docs/MODEL.md has a case here; every bug found becomes a new case.
 */
class GoldenRulesTest {
    static final int CHN = 0, JPN = 1, USA = 2, AUS = 3;
    static final int MINING = 0, REFINING = 1, MAGNETS = 2;

    /** A figure read from the game after the scripted turns, and the range it must fall in. */
    record Expect(String what, ToDoubleFunction<Game> figure, double min, double max) {}

    record Case(String name, Supplier<Scenario> scenario, List<Map<String, List<Order>>> turns, List<Expect> expects) {
        @Override public String toString() { return name; }
    }

    static Scenario tiny() { return TinyScenario.build(); }

    static Scenario noPermitRisk() {
        Scenario s = TinyScenario.build();
        return s.withParameters(s.parameters().with(ParameterKey.PERMIT_RISK, 0, "test")
                .with(ParameterKey.PERMIT_FAILURE, 0, "test"));
    }

    static Scenario sureCyber() {
        Scenario s = TinyScenario.build();
        return s.withParameters(s.parameters().with(ParameterKey.CYBER_SUCCESS, 1, "test"));
    }

    static Scenario scriptedBan() {
        var ban = new EffectDef(EffectKind.EXPORT_CONTROL, "CHN", "JPN", "ndpr", "refining", "BAN", 0, 0);
        var ev = new EventDef("ban", new Text("Ban", "禁輸"), new Text("China bans", "中国が禁輸"), 2, 0, 0, false,
                List.of(ban), "test");
        return TinyScenario.build(List.of(ev), List.of());
    }

    static Scenario demandShock() {
        var shock = new EffectDef(EffectKind.DEMAND_SHOCK, "*", null, "ndpr", "component", null, 1.5, 2);
        var ev = new EventDef("boom", new Text("Boom", "好況"), new Text("EV boom", "EV好況"), 2, 0, 0, false,
                List.of(shock), "test");
        return TinyScenario.build(List.of(ev), List.of());
    }

    static TurnRecord last(Game g) { return g.history().get(g.history().size() - 1); }

    static Order ban(String by, String commodity, String stage, String... targets) {
        return new Order.ImposeExportControl(by, commodity, stage, ControlMode.BAN, Target.actors(targets), 0);
    }

    static Map<String, List<Order>> one(String actor, Order... orders) {
        return Map.of(actor, List.of(orders));
    }

    static final Map<String, List<Order>> NONE = Map.of();

    static Stream<Case> cases() {
        return Stream.of(
            new Case("no orders: no shortage and prices stay at reference", GoldenRulesTest::tiny, List.of(NONE, NONE),
                List.of(new Expect("JPN magnet shortage", g -> last(g).shortage[JPN][MAGNETS], 0, 1e-9),
                        new Expect("refining price / reference", g -> last(g).price[REFINING] / 60_000, 0.999, 1.001))),
            new Case("a ban on NdPr oxide to Japan creates a Japanese magnet shortage", GoldenRulesTest::tiny,
                List.of(one("CHN", ban("CHN", "ndpr", "refining", "JPN"))),
                List.of(new Expect("JPN magnet shortage share", g -> last(g).shortageShare(JPN, MAGNETS), 0.03, 0.5),
                        new Expect("CHN exports of oxide to JPN", g -> last(g).importsFrom(JPN, CHN, REFINING), 0, 1e-9),
                        new Expect("oxide outside premium", g -> last(g).outsidePrice[REFINING] / last(g).price[REFINING], 1.05, 10),
                        new Expect("magnet price rises", g -> last(g).price[MAGNETS] / 80_000, 1.01, 10))),
            new Case("a quota lets part through: smaller shortage than a ban", GoldenRulesTest::tiny,
                List.of(one("CHN", new Order.ImposeExportControl("CHN", "ndpr", "refining", ControlMode.QUOTA,
                        Target.actors("JPN"), 0.5))),
                List.of(new Expect("JPN oxide imports from CHN", g -> last(g).importsFrom(JPN, CHN, REFINING), 1, 1e9),
                        new Expect("JPN oxide held back", g -> last(g).blocked[JPN][REFINING], 1, 1e9))),
            new Case("a licence regime holds back between 10% and 70% of customary imports", GoldenRulesTest::tiny,
                List.of(one("CHN", new Order.ImposeExportControl("CHN", "ndpr", "refining", ControlMode.LICENCE,
                        Target.all(), 0))),
                List.of(new Expect("JPN oxide held back / CHN tie", g -> last(g).blocked[JPN][REFINING]
                        / (last(g).blocked[JPN][REFINING] + last(g).importsFrom(JPN, CHN, REFINING)), 0.05, 0.75))),
            new Case("a stockpile purchase adds stock and costs budget", GoldenRulesTest::tiny,
                List.of(one("JPN", new Order.BuyStockpile("JPN", "ndpr", "refining", 20))),
                List.of(new Expect("JPN oxide stock", g -> last(g).stock[JPN][REFINING], 19.99, 20.01),
                        new Expect("JPN budget after income", g -> last(g).budget[JPN], 10 + 1 - 20 * 60_000 / 1e9 - 0.01, 11))),
            new Case("a stockpile covers a later ban", GoldenRulesTest::tiny,
                List.of(one("JPN", new Order.SetStockpileTarget("JPN", "ndpr", "component", 90)), NONE, NONE,
                        one("CHN", ban("CHN", "ndpr", "refining", "JPN"))),
                List.of(new Expect("JPN magnet shortage share with stock", g -> last(g).shortageShare(JPN, MAGNETS), 0, 0.02))),
            new Case("a plant at home comes on line after its lead time", GoldenRulesTest::noPermitRisk,
                List.of(one("AUS", new Order.Invest("AUS", "AUS", "ndpr", "refining", 400)), NONE, NONE, NONE, NONE, NONE, NONE),
                List.of(new Expect("AUS refining capacity", g -> g.state().capacity[AUS][REFINING], 200 + 360 - 1e-6, 200 + 360 + 1e-6))),
            new Case("a plant abroad needs the host's consent", GoldenRulesTest::noPermitRisk,
                List.of(one("USA", new Order.Invest("USA", "AUS", "ndpr", "refining", 100)),
                        Map.of("AUS", List.<Order>of(new Order.RespondToProposal("AUS", "prop-1", true)))),
                List.of(new Expect("constructions", g -> g.state().constructions.size(), 1, 1),
                        new Expect("USA budget paid up front", g -> g.state().budget[USA], 0, 10 + 2 - 100 * 30_000 / 1e9 + 1e-4))),
            new Case("a research project succeeds and recycling supplies part of demand", GoldenRulesTest::tiny,
                List.of(one("JPN", new Order.StartResearch("JPN", "recycling")), NONE, NONE),
                List.of(new Expect("JPN recycled magnets", g -> last(g).recycled[JPN][MAGNETS], 0.1 * 250 - 1e-6, 0.1 * 250 + 1e-6))),
            new Case("a trade zone: found, invite, accept", GoldenRulesTest::tiny,
                List.of(one("USA", new Order.FoundZone("USA", "Critical minerals zone", Set.of(ZoneRule.TRUSTED_SUPPLY), 0, 0)),
                        one("USA", new Order.InviteToZone("USA", "zone-1", "JPN")),
                        one("JPN", new Order.RespondToProposal("JPN", "prop-2", true))),
                List.of(new Expect("zone members", g -> g.state().zone("zone-1").members.size(), 2, 2))),
            new Case("sanctions stop all trade between the two", GoldenRulesTest::tiny,
                List.of(one("USA", new Order.ImposeSanction("USA", "CHN"))),
                List.of(new Expect("US magnets from China", g -> last(g).importsFrom(USA, CHN, MAGNETS), 0, 1e-9))),
            new Case("a tariff moves customary imports away", GoldenRulesTest::tiny,
                List.of(one("JPN", new Order.SetTariff("JPN", "CHN", "ndpr", 0.5))),
                List.of(new Expect("JPN oxide from CHN, share of its imports", g -> last(g).importsFrom(JPN, CHN, REFINING)
                        / last(g).imports[JPN][REFINING], 0, 0.69))),
            new Case("a scripted event imposes its control from its turn", GoldenRulesTest::scriptedBan,
                List.of(NONE, NONE),
                List.of(new Expect("CHN oxide to JPN in turn 2", g -> last(g).importsFrom(JPN, CHN, REFINING), 0, 1e-9),
                        new Expect("event recorded in turn 1", g -> g.history().get(1).events.contains("ban") ? 1 : 0, 1, 1))),
            new Case("a demand boom raises the price", GoldenRulesTest::demandShock,
                List.of(NONE, NONE),
                List.of(new Expect("magnet price / reference", g -> last(g).price[MAGNETS] / 80_000, 1.05, 10))),
            new Case("an offtake deal gives the buyer first call", GoldenRulesTest::tiny,
                List.of(one("USA", new Order.ProposeOfftake("USA", "AUS", "ndpr", "refining", 100, 4)),
                        Map.of("AUS", List.<Order>of(new Order.RespondToProposal("AUS", "prop-1", true)))),
                List.of(new Expect("offtakes in force", g -> g.state().offtakes.size(), 1, 1))),
            new Case("a cyber operation cuts the target's capacity that turn", GoldenRulesTest::sureCyber,
                List.of(one("USA", new Order.CyberOperation("USA", "CHN", "ndpr", "component"))),
                List.of(new Expect("CHN magnet output / capacity", g -> last(g).production[CHN][MAGNETS] / (2500 / 4.0), 0, 0.701))),
            new Case("a summit improves relations and lowers tension", GoldenRulesTest::tiny,
                List.of(one("CHN", new Order.HoldSummit("CHN", "JPN"))),
                List.of(new Expect("CHN-JPN relation", g -> g.state().relation[CHN][JPN], -10.001, -9.999),
                        new Expect("tension", g -> g.state().tension, 38 - 0.001, 38 + 0.001))),
            new Case("a summit among friends does not ease world tension", GoldenRulesTest::tiny,
                List.of(one("USA", new Order.HoldSummit("USA", "JPN"))),
                List.of(new Expect("USA-JPN relation", g -> g.state().relation[USA][JPN], 89.999, 90.001),
                        new Expect("tension", g -> g.state().tension, 40 - 0.001, 40 + 0.001))),
            new Case("after a détente tension drifts back to the scenario's level", GoldenRulesTest::tiny,
                List.of(one("CHN", new Order.HoldSummit("CHN", "JPN")), NONE, NONE),
                List.of(new Expect("tension", g -> g.state().tension, 40 - 0.001, 40 + 0.001))),
            new Case("an arms sale and an exercise raise tension", GoldenRulesTest::tiny,
                List.of(Map.of("USA", List.<Order>of(new Order.ArmsSale("USA", "JPN")),
                        "CHN", List.<Order>of(new Order.MilitaryExercise("CHN", "JPN")))),
                List.of(new Expect("tension", g -> g.state().tension, 40 + 8 + 6 - 0.001, 40 + 8 + 6 + 0.001))),
            new Case("a crisis calms down by tensionDecay a turn", GoldenRulesTest::tiny,
                List.of(Map.of("USA", List.<Order>of(new Order.ArmsSale("USA", "JPN")),
                        "CHN", List.<Order>of(new Order.MilitaryExercise("CHN", "JPN"))), NONE, NONE),
                List.of(new Expect("tension", g -> g.state().tension, 54 - 4 - 0.001, 54 - 4 + 0.001)))
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rule(Case c) {
        Game g = Game.start(c.scenario().get(), 11);
        TurnRecord prev = g.history().get(0);
        for (Map<String, List<Order>> orders : c.turns()) {
            for (var e : orders.entrySet()) {
                var problems = g.validateAll(e.getKey(), e.getValue());
                for (var p : problems) assertTrue(p.isEmpty(), c.name() + ": scripted order rejected " + p);
            }
            TurnRecord r = g.resolve(orders);
            InvariantsTest.checkTurn(g, prev, r);
            prev = r;
        }
        for (Expect e : c.expects()) {
            double v = e.figure().applyAsDouble(g);
            assertTrue(v >= e.min() && v <= e.max(), c.name() + ": " + e.what() + " = " + v + ", expected in ["
                    + e.min() + ", " + e.max() + "]");
        }
    }

    @Test
    void aPriceShockForTheNextTurnLeavesThisTurnsRecordAtItsClearingPrice() {
        var shock = new EffectDef(EffectKind.PRICE_SHOCK, null, null, "ndpr", "refining", null, 2.5, 0);
        var ev = new EventDef("spike", new Text("Spike", "高騰"), new Text("Prices jump", "価格が急騰"), 2, 0, 0, false,
                List.of(shock), "test");
        Game g = Game.start(TinyScenario.build(List.of(ev), List.of()), 1);
        int m = g.scenario().marketIndex("ndpr", "refining");
        TurnRecord first = g.resolve(Map.of());
        // the shock fired at the end of turn 1 for turn 2: it moved the state's price, not turn 1's record
        assertEquals(List.of("spike"), first.events);
        assertEquals(first.price[m] * 2.5, g.state().price[m], 1e-9 * g.state().price[m]);
        TurnRecord second = g.resolve(Map.of());
        // turn 2's price news compare with turn 1's recorded price
        double change = second.price[m] / first.price[m] - 1;
        assertTrue(Math.abs(change) >= 0.10, "the shock shows in turn 2's price: " + change);
        assertTrue(second.news.stream().anyMatch(n -> n.key().equals(change > 0 ? "news.price.up" : "news.price.down")
                && n.args().get(0).equals("ndpr/refining")), second.news.toString());
    }
}
