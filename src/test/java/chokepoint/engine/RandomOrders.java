package chokepoint.engine;

import chokepoint.engine.order.Order;
import chokepoint.engine.scenario.ActorDef;
import chokepoint.engine.scenario.MarketDef;
import chokepoint.engine.scenario.ProjectDef;
import chokepoint.engine.scenario.Scenario;
import chokepoint.engine.state.ControlMode;
import chokepoint.engine.state.Proposal;
import chokepoint.engine.state.Target;
import chokepoint.engine.state.TradeZone;
import chokepoint.engine.state.ZoneRule;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;

/** Draws random orders of every kind for property tests (test code may use java.util.Random). */
final class RandomOrders {
    private RandomOrders() {}

    static Order any(Random r, Game g, String actor) {
        Scenario sc = g.scenario();
        List<ActorDef> actors = sc.actors();
        String other = actors.get(r.nextInt(actors.size())).id();
        MarketDef m = sc.market(r.nextInt(sc.marketCount()));
        double q = Math.pow(10, r.nextInt(7)) * r.nextDouble();
        TradeZone zone = g.state().zones.isEmpty() ? null : g.state().zones.get(r.nextInt(g.state().zones.size()));
        String zoneId = zone == null ? "zone-1" : zone.id;
        List<ProjectDef> projects = sc.projects();
        String project = projects.isEmpty() ? "none" : projects.get(r.nextInt(projects.size())).id();
        ControlMode mode = ControlMode.values()[r.nextInt(3)];
        Target target = switch (r.nextInt(3)) {
            case 0 -> Target.all();
            case 1 -> Target.actors(other);
            default -> Target.outsideZone(zoneId);
        };
        return switch (r.nextInt(21)) {
            case 0 -> new Order.ImposeExportControl(actor, m.commodity(), m.stage(), mode, target, r.nextDouble());
            case 1 -> new Order.LiftExportControl(actor, m.commodity(), m.stage());
            case 2 -> new Order.SetTariff(actor, other, r.nextBoolean() ? "*" : m.commodity(), r.nextDouble());
            case 3 -> new Order.ImposeSanction(actor, other);
            case 4 -> new Order.LiftSanction(actor, other);
            case 5 -> new Order.FoundZone(actor, "Zone " + r.nextInt(9), randomRules(r), r.nextDouble() * 1.5, r.nextDouble());
            case 6 -> new Order.InviteToZone(actor, zoneId, other);
            case 7 -> new Order.LeaveZone(actor, zoneId);
            case 8 -> respond(r, g, actor);
            case 9 -> new Order.BuyStockpile(actor, m.commodity(), m.stage(), q);
            case 10 -> new Order.ReleaseStockpile(actor, m.commodity(), m.stage(), q);
            case 11 -> new Order.SetStockpileTarget(actor, m.commodity(), m.stage(), r.nextInt(200));
            case 12 -> new Order.Invest(actor, r.nextBoolean() ? actor : other, m.commodity(), m.stage(), q);
            case 13 -> new Order.StartResearch(actor, project);
            case 14 -> new Order.CancelResearch(actor, project);
            case 15 -> new Order.HoldSummit(actor, other);
            case 16 -> new Order.ProposeOfftake(actor, other, m.commodity(), m.stage(), q, 1 + r.nextInt(8));
            case 17 -> new Order.ArmsSale(actor, other);
            case 18 -> new Order.MilitaryExercise(actor, other);
            case 19 -> new Order.CyberOperation(actor, other, m.commodity(), m.stage());
            default -> new Order.EscortShipping(actor, m.commodity());
        };
    }

    static List<Order> legalSet(Random r, Game g, String actor, int tries) {
        List<Order> orders = new ArrayList<>();
        for (int i = 0; i < tries; i++) {
            Order o = any(r, g, actor);
            List<Order> candidate = new ArrayList<>(orders);
            candidate.add(o);
            var checks = g.validateAll(actor, candidate);
            if (checks.get(checks.size() - 1).isEmpty()) orders.add(o);
        }
        return orders;
    }

    private static Order respond(Random r, Game g, String actor) {
        List<Proposal> mine = g.view(actor).proposalsToMe();
        String id = mine.isEmpty() ? "prop-0" : mine.get(r.nextInt(mine.size())).id();
        return new Order.RespondToProposal(actor, id, r.nextBoolean());
    }

    private static EnumSet<ZoneRule> randomRules(Random r) {
        EnumSet<ZoneRule> rules = EnumSet.noneOf(ZoneRule.class);
        for (ZoneRule z : ZoneRule.values()) if (r.nextBoolean()) rules.add(z);
        return rules;
    }
}
