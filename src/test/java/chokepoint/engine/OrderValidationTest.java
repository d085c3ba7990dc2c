package chokepoint.engine;

import chokepoint.engine.order.Order;
import chokepoint.engine.order.Rejection;
import chokepoint.engine.order.RejectionCode;
import chokepoint.engine.state.ControlMode;
import chokepoint.engine.state.Target;
import chokepoint.engine.state.ZoneRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every rejection code has at least one order that triggers it, and valid orders pass. */
class OrderValidationTest {

    /** A game after a few setup turns: a zone exists, JPN has an invitation, JPN runs a project. */
    static Game prepared() {
        Game g = Game.start(TinyScenario.build(), 1);
        g.resolve(Map.of("USA", List.of(new Order.FoundZone("USA", "Zone", Set.of(ZoneRule.PRICE_FLOOR), 0.8, 0)),
                "JPN", List.of(new Order.StartResearch("JPN", "mud_survey")),
                "CHN", List.of(new Order.ImposeSanction("CHN", "USA"))));
        g.resolve(Map.of("USA", List.of(new Order.InviteToZone("USA", "zone-1", "JPN"))));
        return g;
    }

    record Bad(String name, Function<Game, List<Order>> orders, RejectionCode code) {
        @Override public String toString() { return name + " -> " + code; }
    }

    static Order control(String actor, String commodity, String stage, Target t) {
        return new Order.ImposeExportControl(actor, commodity, stage, ControlMode.BAN, t, 0);
    }

    static Stream<Bad> bad() {
        return Stream.of(
            new Bad("unknown actor", g -> List.of(new Order.HoldSummit("XXX", "JPN")), RejectionCode.UNKNOWN_ACTOR),
            new Bad("non-playable actor", g -> List.of(new Order.HoldSummit("ROW", "JPN")), RejectionCode.NOT_PLAYABLE),
            new Bad("unknown target", g -> List.of(new Order.HoldSummit("JPN", "ZZZ")), RejectionCode.UNKNOWN_TARGET),
            new Bad("target is self", g -> List.of(new Order.HoldSummit("JPN", "JPN")), RejectionCode.TARGET_IS_SELF),
            new Bad("empty target list", g -> List.of(control("CHN", "ndpr", "refining", new Target(Target.Kind.ACTORS, List.of(), null))), RejectionCode.EMPTY_TARGET),
            new Bad("unknown commodity", g -> List.of(control("CHN", "gold", "refining", Target.all())), RejectionCode.UNKNOWN_COMMODITY),
            new Bad("unknown stage", g -> List.of(control("CHN", "ndpr", "smelting", Target.all())), RejectionCode.UNKNOWN_MARKET),
            new Bad("unknown zone", g -> List.of(new Order.LeaveZone("JPN", "zone-9")), RejectionCode.UNKNOWN_ZONE),
            new Bad("unknown proposal", g -> List.of(new Order.RespondToProposal("JPN", "prop-99", true)), RejectionCode.UNKNOWN_PROPOSAL),
            new Bad("unknown project", g -> List.of(new Order.StartResearch("JPN", "warp")), RejectionCode.UNKNOWN_PROJECT),
            new Bad("NaN quantity", g -> List.of(new Order.BuyStockpile("JPN", "ndpr", "refining", Double.NaN)), RejectionCode.NOT_A_NUMBER),
            new Bad("negative quantity", g -> List.of(new Order.BuyStockpile("JPN", "ndpr", "refining", -5)), RejectionCode.NOT_POSITIVE),
            new Bad("quota above 1", g -> List.of(new Order.ImposeExportControl("CHN", "ndpr", "refining", ControlMode.QUOTA, Target.all(), 1.5)), RejectionCode.OUT_OF_RANGE),
            new Bad("huge quantity", g -> List.of(new Order.BuyStockpile("JPN", "ndpr", "refining", 1e15)), RejectionCode.TOO_LARGE),
            new Bad("too expensive", g -> List.of(new Order.Invest("JPN", "JPN", "ndpr", "mining", 1e9)), RejectionCode.NOT_ENOUGH_BUDGET),
            new Bad("out of action points", g -> List.of(new Order.HoldSummit("JPN", "USA"), new Order.HoldSummit("JPN", "CHN"),
                    new Order.HoldSummit("JPN", "AUS"), new Order.ArmsSale("JPN", "AUS")), RejectionCode.NOT_ENOUGH_ACTION_POINTS),
            new Bad("release more than held", g -> List.of(new Order.ReleaseStockpile("JPN", "ndpr", "refining", 5)), RejectionCode.NOT_ENOUGH_STOCK),
            new Bad("lift a control never imposed", g -> List.of(new Order.LiftExportControl("JPN", "ndpr", "component")), RejectionCode.NO_SUCH_CONTROL),
            new Bad("lift a sanction never imposed", g -> List.of(new Order.LiftSanction("JPN", "CHN")), RejectionCode.NO_SUCH_SANCTION),
            new Bad("sanction twice", g -> List.of(new Order.ImposeSanction("CHN", "USA")), RejectionCode.ALREADY_IN_FORCE),
            new Bad("invite into a zone one is not in", g -> List.of(new Order.InviteToZone("CHN", "zone-1", "AUS")), RejectionCode.NOT_A_MEMBER),
            new Bad("invite a member", g -> List.of(new Order.InviteToZone("USA", "zone-1", "USA")), RejectionCode.TARGET_IS_SELF),
            new Bad("invite twice", g -> List.of(new Order.InviteToZone("USA", "zone-1", "JPN")), RejectionCode.ALREADY_INVITED),
            new Bad("answer someone else's proposal", g -> List.of(new Order.RespondToProposal("AUS", "prop-2", true)), RejectionCode.NOT_ADDRESSED_TO_YOU),
            new Bad("build in a country that does not host", g -> List.of(new Order.Invest("USA", "JPN", "ndpr", "refining", 10)), RejectionCode.HOST_DOES_NOT_HOST),
            new Bad("project of another role", g -> List.of(new Order.StartResearch("USA", "mud_survey")), RejectionCode.PROJECT_NOT_ELIGIBLE),
            new Bad("stage before its prerequisite", g -> Game.start(TinyScenario.build(), 1) == null ? List.of()
                    : List.of(new Order.StartResearch("JPN", "mud_pilot")), RejectionCode.PREREQUISITE_MISSING),
            new Bad("start a running project", g -> List.of(new Order.StartResearch("JPN", "recycling"), new Order.StartResearch("JPN", "recycling")), RejectionCode.DUPLICATE_ORDER),
            new Bad("stop a project not running", g -> List.of(new Order.CancelResearch("JPN", "recycling")), RejectionCode.PROJECT_NOT_RUNNING),
            new Bad("zone without rules", g -> List.of(new Order.FoundZone("JPN", "Z", EnumSet.noneOf(ZoneRule.class), 0, 0)), RejectionCode.NO_RULES),
            new Bad("zone without a name", g -> List.of(new Order.FoundZone("JPN", " ", Set.of(ZoneRule.TRUSTED_SUPPLY), 0, 0)), RejectionCode.NAME_MISSING),
            new Bad("control by a non-producer", g -> List.of(control("JPN", "ndpr", "mining", Target.all())), RejectionCode.NOT_A_PRODUCER)
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bad")
    void rejects(Bad b) {
        Game g = b.name().startsWith("stage before") ? Game.start(TinyScenario.build(), 1) : prepared();
        String actor = b.orders().apply(g).get(0).actor();
        List<List<Rejection>> checks = g.validateAll(actor, b.orders().apply(g));
        List<RejectionCode> codes = checks.stream().flatMap(List::stream).map(Rejection::code).toList();
        assertTrue(codes.contains(b.code()), b.name() + ": expected " + b.code() + " but got " + codes);
    }

    @Test
    void projectStatesAreChecked() {
        Game g = prepared();
        assertEquals(RejectionCode.PROJECT_DONE, g.validate(new Order.StartResearch("JPN", "mud_survey")).get(0).code());
        g.resolve(Map.of("JPN", List.of(new Order.StartResearch("JPN", "mud_pilot"))));
        assertEquals(RejectionCode.PROJECT_RUNNING, g.validate(new Order.StartResearch("JPN", "mud_pilot")).get(0).code());
    }

    @Test
    void ordersAfterTheLastTurnAreRejected() {
        Game g = Game.start(TinyScenario.build(), 1);
        while (!g.isOver()) g.resolve(Map.of());
        assertEquals(RejectionCode.GAME_OVER, g.validate(new Order.HoldSummit("JPN", "USA")).get(0).code());
    }

    @Test
    void everyCodeIsCovered() {
        EnumSet<RejectionCode> covered = EnumSet.of(RejectionCode.GAME_OVER, RejectionCode.PROJECT_DONE, RejectionCode.PROJECT_RUNNING,
                RejectionCode.ALREADY_A_MEMBER);
        bad().forEach(b -> covered.add(b.code()));
        assertEquals(EnumSet.allOf(RejectionCode.class), covered);
    }

    @Test
    void alreadyAMemberIsRejected() {
        Game g = prepared();
        g.resolve(Map.of("JPN", List.of(new Order.RespondToProposal("JPN", "prop-2", true))));
        var r = g.validate(new Order.InviteToZone("USA", "zone-1", "JPN"));
        assertEquals(RejectionCode.ALREADY_A_MEMBER, r.get(0).code());
    }

    @Test
    void rejectedOrdersDoNothingAndAreReported() {
        Game g = Game.start(TinyScenario.build(), 1);
        String before = g.state().controls.toString();
        var r = g.resolve(Map.of("JPN", List.of(control("JPN", "ndpr", "mining", Target.all()))));
        assertEquals(before, g.state().controls.toString());
        assertTrue(r.news.stream().anyMatch(n -> n.key().equals("news.order.rejected") && n.visibleTo("JPN")
                && !n.visibleTo("CHN")));
    }
}
