package chokepoint.engine.resolve;

import chokepoint.engine.order.Order;
import chokepoint.engine.scenario.ParameterKey;
import chokepoint.engine.state.Construction;
import chokepoint.engine.state.OfftakeDeal;
import chokepoint.engine.state.Proposal;
import chokepoint.engine.state.ProposalKind;
import chokepoint.engine.state.TradeZone;

import java.util.List;

/**
 * Step 1 of resolution: diplomacy and security. Responses to proposals made in earlier turns, new zones and
 * invitations, leaving zones, summits, offtake proposals, arms sales and exercises.
 */
final class DiplomacyStep {
    private DiplomacyStep() {}

    static void run(TurnContext c, List<Order> accepted) {
        for (Order o : accepted) if (o instanceof Order.RespondToProposal r) respond(c, r);
        c.s.proposals.removeIf(p -> p.expiresTurn() < c.turn);
        for (Order o : accepted) {
            int a = c.idx(o.actor());
            if (o instanceof Order.FoundZone f) {
                TradeZone z = new TradeZone(c.s.newId("zone"), f.name(), f.actor(), f.rules(), f.priceFloorShare(),
                        f.commonTariff(), c.turn);
                z.members.add(f.actor());
                c.s.zones.add(z);
                c.publicNews(2, "news.zone.founded", f.actor(), f.name(), String.join("+", f.rules().stream().map(Enum::name).sorted().toList()));
            } else if (o instanceof Order.LeaveZone l) {
                TradeZone z = c.s.zone(l.zone());
                if (z != null) {
                    z.members.remove(l.actor());
                    c.publicNews(2, "news.zone.left", l.actor(), z.name);
                    if (z.members.isEmpty()) c.s.zones.remove(z);
                }
            } else if (o instanceof Order.InviteToZone i) {
                TradeZone z = c.s.zone(i.zone());
                propose(c, ProposalKind.ZONE_INVITATION, i.actor(), i.invitee(), i.zone(), -1, 0, 0);
                c.privateNews(i.invitee(), 2, "news.proposal.zone", i.actor(), z == null ? i.zone() : z.name);
            } else if (o instanceof Order.ProposeOfftake p) {
                int m = c.sc.marketIndex(p.commodity(), p.stage());
                propose(c, ProposalKind.OFFTAKE_DEAL, p.actor(), p.seller(), null, m, p.annualQuantity(), p.turns());
                c.privateNews(p.seller(), 2, "news.proposal.offtake", p.actor(), c.marketKey(m), p.annualQuantity(), p.turns());
            } else if (o instanceof Order.HoldSummit h) {
                int t = c.idx(h.target());
                // a summit between countries already on good terms does not ease world tension
                boolean easesTension = c.s.relation[a][t] < 0;
                c.adjustRelation(a, t, c.sc.parameters().get(ParameterKey.SUMMIT_RELATION_GAIN));
                if (easesTension) c.adjustTension(-2);
                c.publicNews(1, "news.summit", h.actor(), h.target());
            } else if (o instanceof Order.ArmsSale x) {
                int r = c.idx(x.recipient());
                c.adjustRelation(a, r, 10);
                for (int other = 0; other < c.actors; other++) {
                    if (other != a && other != r && c.s.relation[other][r] < -30) c.adjustRelation(a, other, -15);
                }
                c.adjustTension(8);
                c.s.budget[a] += 0.3;
                c.publicNews(2, "news.armsSale", x.actor(), x.recipient());
            } else if (o instanceof Order.MilitaryExercise x) {
                c.adjustRelation(a, c.idx(x.near()), -10);
                c.adjustTension(6);
                c.publicNews(2, "news.exercise", x.actor(), x.near());
            } else if (o instanceof Order.EscortShipping e) {
                c.s.escorts.add(e.actor() + "/" + e.commodity());
                c.publicNews(1, "news.escort", e.actor(), e.commodity());
            }
        }
    }

    private static void respond(TurnContext c, Order.RespondToProposal r) {
        Proposal p = null;
        for (Proposal x : c.s.proposals) if (x.id().equals(r.proposal())) p = x;
        if (p == null) return;
        c.s.proposals.remove(p);
        if (!r.accept()) {
            c.privateNews(p.from(), 1, "news.proposal.rejected", p.to(), p.kind().name());
            return;
        }
        switch (p.kind()) {
            case ZONE_INVITATION -> {
                TradeZone z = c.s.zone(p.zone());
                if (z != null && !z.members.contains(p.to())) {
                    z.members.add(p.to());
                    c.publicNews(2, "news.zone.joined", p.to(), z.name);
                }
            }
            case OFFTAKE_DEAL -> {
                c.s.offtakes.add(new OfftakeDeal(p.from(), p.to(), p.market(), p.quantity(), c.turn + p.turns() - 1));
                c.adjustRelation(c.idx(p.from()), c.idx(p.to()), 5);
                c.publicNews(2, "news.offtake.signed", p.from(), p.to(), c.marketKey(p.market()), p.quantity(), p.turns());
            }
            case HOSTED_INVESTMENT -> {
                int lead = c.sc.market(p.market()).leadTurns();
                c.s.constructions.add(new Construction(c.s.newId("plant"), p.from(), p.to(), p.market(), p.quantity(),
                        c.turn, c.turn + lead));
                c.adjustRelation(c.idx(p.from()), c.idx(p.to()), 5);
                c.publicNews(2, "news.invest.hosted", p.from(), p.to(), c.marketKey(p.market()), p.quantity(), c.sc.calendar().label(c.turn + lead));
            }
        }
    }

    static void propose(TurnContext c, ProposalKind kind, String from, String to, String zone, int market,
                        double quantity, int turns) {
        c.s.proposals.add(new Proposal(c.s.newId("prop"), kind, from, to, zone, market, quantity, turns, c.turn,
                c.turn + 2));
    }
}
