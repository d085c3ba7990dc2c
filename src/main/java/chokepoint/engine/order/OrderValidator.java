package chokepoint.engine.order;

import chokepoint.engine.scenario.ActorDef;
import chokepoint.engine.scenario.ProjectDef;
import chokepoint.engine.state.ControlMode;
import chokepoint.engine.state.ExportControl;
import chokepoint.engine.state.GameState;
import chokepoint.engine.state.Proposal;
import chokepoint.engine.state.ProposalKind;
import chokepoint.engine.state.Research;
import chokepoint.engine.state.ResearchStatus;
import chokepoint.engine.state.Sanction;
import chokepoint.engine.state.Target;
import chokepoint.engine.state.TradeZone;

import java.util.ArrayList;
import java.util.List;

/**
 * The single gate for orders from the UI, the AI and order files: every check an order must pass, returned as
 * typed reasons. It never changes the state.
 */
public final class OrderValidator {
    /** Largest quantity accepted in any order: beyond any real market, small enough to keep sums finite. */
    public static final double MAX_QUANTITY = 1e12;

    private OrderValidator() {}

    /** Problems of one order on its own (budget and action points checked against the whole budget). */
    public static List<Rejection> validate(GameState s, Order order) {
        return validateAll(s, order.actor(), List.of(order)).get(0);
    }

    /**
     * Problems of each order of one seat's order set, in order; budget and action points are cumulative, so a
     * later order can be rejected because earlier ones used up the budget.
     */
    public static List<List<Rejection>> validateAll(GameState s, String actor, List<Order> orders) {
        List<List<Rejection>> out = new ArrayList<>();
        OrderChecker checker = new OrderChecker(s, actor);
        for (Order o : orders) out.add(checker.add(o));
        return out;
    }

    /** Action points and budget left after the valid orders of a set. */
    public static OrderCost remaining(GameState s, String actor, List<Order> orders) {
        int a = s.scenario.actorIndex(actor);
        if (a < 0) return OrderCost.FREE;
        int ap = s.scenario.actors().get(a).actionPoints();
        double budget = s.budget[a];
        List<List<Rejection>> checks = validateAll(s, actor, orders);
        for (int i = 0; i < orders.size(); i++) {
            if (checks.get(i).isEmpty()) {
                OrderCost c = OrderCosts.of(s, orders.get(i));
                ap -= c.actionPoints();
                budget -= c.budget();
            }
        }
        return new OrderCost(ap, budget);
    }

    static String duplicateKey(Order o) {
        if (o instanceof Order.ImposeExportControl c) {
            return "control/" + c.commodity() + "/" + c.stage() + "/" + (c.target() == null ? null : c.target().text());
        }
        if (o instanceof Order.LiftExportControl c) return "control/" + c.commodity() + "/" + c.stage();
        if (o instanceof Order.SetTariff t) return "tariff/" + t.target() + "/" + t.commodity();
        if (o instanceof Order.ImposeSanction x) return "sanction/" + x.target();
        if (o instanceof Order.LiftSanction x) return "sanction/" + x.target();
        if (o instanceof Order.RespondToProposal p) return "proposal/" + p.proposal();
        if (o instanceof Order.StartResearch r) return "research/" + r.project();
        if (o instanceof Order.CancelResearch r) return "research/" + r.project();
        if (o instanceof Order.SetStockpileTarget t) return "target/" + t.commodity() + "/" + t.stage();
        if (o instanceof Order.InviteToZone i) return "invite/" + i.zone() + "/" + i.invitee();
        if (o instanceof Order.LeaveZone l) return "leave/" + l.zone();
        return o.type() + "/" + o.hashCode();
    }

    static void check(GameState s, String seat, Order o, List<Rejection> r) {
        if (s.isOver()) { r.add(Rejection.of(RejectionCode.GAME_OVER, "turn")); return; }
        if (o.actor() == null || s.scenario.actorIndex(o.actor()) < 0) {
            r.add(Rejection.of(RejectionCode.UNKNOWN_ACTOR, "actor", o.actor()));
            return;
        }
        if (!o.actor().equals(seat)) { r.add(Rejection.of(RejectionCode.UNKNOWN_ACTOR, "actor", o.actor())); return; }
        ActorDef self = s.scenario.actor(seat).orElseThrow();
        if (!self.playable()) { r.add(Rejection.of(RejectionCode.NOT_PLAYABLE, "actor", seat)); return; }

        if (o instanceof Order.ImposeExportControl c) {
            int m = market(s, c.commodity(), c.stage(), r);
            if (c.mode() == null) r.add(Rejection.of(RejectionCode.OUT_OF_RANGE, "mode", "null"));
            checkTarget(s, seat, c.target(), r);
            if (c.mode() == ControlMode.QUOTA) share(c.quotaShare(), "quotaShare", r);
            if (m >= 0 && r.isEmpty() && s.capacity[s.scenario.actorIndex(seat)][m] <= 0 && !hasStock(s, seat, m)) {
                r.add(Rejection.of(RejectionCode.NOT_A_PRODUCER, "commodity", c.commodity(), c.stage()));
            }
        } else if (o instanceof Order.LiftExportControl c) {
            int m = market(s, c.commodity(), c.stage(), r);
            if (m >= 0 && s.controls.stream().noneMatch(x -> x.controller().equals(seat) && x.market() == m)) {
                r.add(Rejection.of(RejectionCode.NO_SUCH_CONTROL, "commodity", c.commodity(), c.stage()));
            }
        } else if (o instanceof Order.SetTariff t) {
            otherActor(s, seat, t.target(), "target", r);
            if (!"*".equals(t.commodity()) && s.scenario.commodityIndex(t.commodity()) < 0) {
                r.add(Rejection.of(RejectionCode.UNKNOWN_COMMODITY, "commodity", t.commodity()));
            }
            finiteRange(t.rate(), 0, 2, "rate", r);
        } else if (o instanceof Order.ImposeSanction x) {
            otherActor(s, seat, x.target(), "target", r);
            if (s.sanctions.stream().anyMatch(y -> y.imposer().equals(seat) && y.target().equals(x.target()))) {
                r.add(Rejection.of(RejectionCode.ALREADY_IN_FORCE, "target", x.target()));
            }
        } else if (o instanceof Order.LiftSanction x) {
            boolean exists = false;
            for (Sanction y : s.sanctions) exists |= y.imposer().equals(seat) && y.target().equals(x.target());
            if (!exists) r.add(Rejection.of(RejectionCode.NO_SUCH_SANCTION, "target", x.target()));
        } else if (o instanceof Order.FoundZone f) {
            if (f.name() == null || f.name().isBlank()) r.add(Rejection.of(RejectionCode.NAME_MISSING, "name"));
            else if (f.name().length() > 60) r.add(Rejection.of(RejectionCode.TOO_LARGE, "name", f.name().length(), 60));
            if (f.rules() == null || f.rules().isEmpty()) r.add(Rejection.of(RejectionCode.NO_RULES, "rules"));
            else if (f.rules().stream().anyMatch(java.util.Objects::isNull)) r.add(Rejection.of(RejectionCode.OUT_OF_RANGE, "rules", "null"));
            finiteRange(f.priceFloorShare(), 0, 3, "priceFloorShare", r);
            finiteRange(f.commonTariff(), 0, 2, "commonTariff", r);
        } else if (o instanceof Order.InviteToZone i) {
            TradeZone z = zone(s, i.zone(), r);
            otherActor(s, seat, i.invitee(), "invitee", r);
            if (z != null && !z.members.contains(seat)) r.add(Rejection.of(RejectionCode.NOT_A_MEMBER, "zone", i.zone()));
            if (z != null && z.members.contains(i.invitee())) r.add(Rejection.of(RejectionCode.ALREADY_A_MEMBER, "invitee", i.invitee()));
            if (z != null && s.proposals.stream().anyMatch(p -> p.kind() == ProposalKind.ZONE_INVITATION
                    && i.zone().equals(p.zone()) && p.to().equals(i.invitee()))) {
                r.add(Rejection.of(RejectionCode.ALREADY_INVITED, "invitee", i.invitee()));
            }
        } else if (o instanceof Order.LeaveZone l) {
            TradeZone z = zone(s, l.zone(), r);
            if (z != null && !z.members.contains(seat)) r.add(Rejection.of(RejectionCode.NOT_A_MEMBER, "zone", l.zone()));
        } else if (o instanceof Order.RespondToProposal p) {
            Proposal found = null;
            for (Proposal x : s.proposals) if (x.id().equals(p.proposal())) found = x;
            if (found == null) r.add(Rejection.of(RejectionCode.UNKNOWN_PROPOSAL, "proposal", p.proposal()));
            else if (!found.to().equals(seat)) r.add(Rejection.of(RejectionCode.NOT_ADDRESSED_TO_YOU, "proposal", p.proposal()));
        } else if (o instanceof Order.BuyStockpile b) {
            market(s, b.commodity(), b.stage(), r);
            positive(b.quantity(), "quantity", r);
        } else if (o instanceof Order.ReleaseStockpile b) {
            int m = market(s, b.commodity(), b.stage(), r);
            positive(b.quantity(), "quantity", r);
            if (m >= 0 && r.isEmpty() && b.quantity() > s.stock[s.scenario.actorIndex(seat)][m] + 1e-9) {
                r.add(Rejection.of(RejectionCode.NOT_ENOUGH_STOCK, "quantity", fmt(b.quantity()),
                        fmt(s.stock[s.scenario.actorIndex(seat)][m])));
            }
        } else if (o instanceof Order.SetStockpileTarget t) {
            market(s, t.commodity(), t.stage(), r);
            finiteRange(t.days(), 0, 3650, "days", r);
        } else if (o instanceof Order.Invest i) {
            market(s, i.commodity(), i.stage(), r);
            positive(i.annualCapacity(), "annualCapacity", r);
            int h = s.scenario.actorIndex(i.host());
            if (h < 0) r.add(Rejection.of(RejectionCode.UNKNOWN_TARGET, "host", i.host()));
            else if (!i.host().equals(seat) && !s.scenario.actors().get(h).hostsInvestment()) {
                r.add(Rejection.of(RejectionCode.HOST_DOES_NOT_HOST, "host", i.host()));
            }
        } else if (o instanceof Order.StartResearch x) {
            ProjectDef p = s.scenario.project(x.project()).orElse(null);
            if (p == null) { r.add(Rejection.of(RejectionCode.UNKNOWN_PROJECT, "project", x.project())); return; }
            if (!p.eligible().isEmpty() && !p.eligible().contains(seat)) {
                r.add(Rejection.of(RejectionCode.PROJECT_NOT_ELIGIBLE, "project", x.project()));
            }
            if (p.prerequisite() != null && !succeeded(s, seat, p.prerequisite())) {
                r.add(Rejection.of(RejectionCode.PREREQUISITE_MISSING, "project", p.prerequisite()));
            }
            for (Research re : s.research) {
                if (re.actor().equals(seat) && re.project().equals(x.project())) {
                    if (re.status() == ResearchStatus.RUNNING) r.add(Rejection.of(RejectionCode.PROJECT_RUNNING, "project", x.project()));
                    if (re.status() == ResearchStatus.SUCCEEDED) r.add(Rejection.of(RejectionCode.PROJECT_DONE, "project", x.project()));
                }
            }
        } else if (o instanceof Order.CancelResearch x) {
            boolean running = s.research.stream().anyMatch(re -> re.actor().equals(seat)
                    && re.project().equals(x.project()) && re.status() == ResearchStatus.RUNNING);
            if (!running) r.add(Rejection.of(RejectionCode.PROJECT_NOT_RUNNING, "project", x.project()));
        } else if (o instanceof Order.HoldSummit h) {
            otherActor(s, seat, h.target(), "target", r);
        } else if (o instanceof Order.ProposeOfftake p) {
            int m = market(s, p.commodity(), p.stage(), r);
            otherActor(s, seat, p.seller(), "seller", r);
            positive(p.annualQuantity(), "annualQuantity", r);
            if (p.turns() < 1 || p.turns() > 40) r.add(Rejection.of(RejectionCode.OUT_OF_RANGE, "turns", p.turns(), 1, 40));
            int sel = s.scenario.actorIndex(p.seller());
            if (m >= 0 && sel >= 0 && s.capacity[sel][m] <= 0) {
                r.add(Rejection.of(RejectionCode.NOT_A_PRODUCER, "seller", p.seller()));
            }
        } else if (o instanceof Order.ArmsSale x) {
            otherActor(s, seat, x.recipient(), "recipient", r);
        } else if (o instanceof Order.MilitaryExercise x) {
            otherActor(s, seat, x.near(), "near", r);
        } else if (o instanceof Order.CyberOperation x) {
            otherActor(s, seat, x.target(), "target", r);
            market(s, x.commodity(), x.stage(), r);
        } else if (o instanceof Order.EscortShipping x) {
            if (s.scenario.commodityIndex(x.commodity()) < 0) r.add(Rejection.of(RejectionCode.UNKNOWN_COMMODITY, "commodity", x.commodity()));
        }
    }

    static boolean succeeded(GameState s, String actor, String project) {
        for (Research re : s.research) {
            if (re.actor().equals(actor) && re.project().equals(project) && re.status() == ResearchStatus.SUCCEEDED) return true;
        }
        return false;
    }

    private static boolean hasStock(GameState s, String actor, int m) {
        return s.stock[s.scenario.actorIndex(actor)][m] > 0;
    }

    private static int market(GameState s, String commodity, String stage, List<Rejection> r) {
        if (s.scenario.commodityIndex(commodity) < 0) {
            r.add(Rejection.of(RejectionCode.UNKNOWN_COMMODITY, "commodity", commodity));
            return -1;
        }
        int m = s.scenario.marketIndex(commodity, stage);
        if (m < 0) r.add(Rejection.of(RejectionCode.UNKNOWN_MARKET, "stage", commodity, stage));
        return m;
    }

    private static TradeZone zone(GameState s, String id, List<Rejection> r) {
        TradeZone z = s.zone(id);
        if (z == null) r.add(Rejection.of(RejectionCode.UNKNOWN_ZONE, "zone", id));
        return z;
    }

    private static void otherActor(GameState s, String seat, String other, String field, List<Rejection> r) {
        if (other == null || s.scenario.actorIndex(other) < 0) r.add(Rejection.of(RejectionCode.UNKNOWN_TARGET, field, other));
        else if (other.equals(seat)) r.add(Rejection.of(RejectionCode.TARGET_IS_SELF, field, other));
    }

    private static void checkTarget(GameState s, String seat, Target t, List<Rejection> r) {
        if (t == null || t.kind() == null) { r.add(Rejection.of(RejectionCode.EMPTY_TARGET, "target")); return; }
        switch (t.kind()) {
            case ALL -> { }
            case OUTSIDE_ZONE -> zone(s, t.zone(), r);
            case ACTORS -> {
                if (t.actors() == null || t.actors().isEmpty()) r.add(Rejection.of(RejectionCode.EMPTY_TARGET, "target"));
                else for (String id : t.actors()) otherActor(s, seat, id, "target", r);
            }
        }
    }

    private static void positive(double v, String field, List<Rejection> r) {
        if (!Double.isFinite(v)) r.add(Rejection.of(RejectionCode.NOT_A_NUMBER, field, v));
        else if (v <= 0) r.add(Rejection.of(RejectionCode.NOT_POSITIVE, field, fmt(v)));
        else if (v > MAX_QUANTITY) r.add(Rejection.of(RejectionCode.TOO_LARGE, field, fmt(v), fmt(MAX_QUANTITY)));
    }

    private static void share(double v, String field, List<Rejection> r) {
        finiteRange(v, 0, 1, field, r);
    }

    private static void finiteRange(double v, double min, double max, String field, List<Rejection> r) {
        if (!Double.isFinite(v)) r.add(Rejection.of(RejectionCode.NOT_A_NUMBER, field, v));
        else if (v < min || v > max) r.add(Rejection.of(RejectionCode.OUT_OF_RANGE, field, fmt(v), fmt(min), fmt(max)));
    }

    static String fmt(double v) {
        return chokepoint.engine.state.NewsItem.formatNumber(v);
    }
}
