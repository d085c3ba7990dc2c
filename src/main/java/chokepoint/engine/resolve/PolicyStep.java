package chokepoint.engine.resolve;

import chokepoint.engine.order.Order;
import chokepoint.engine.order.OrderCosts;
import chokepoint.engine.scenario.ParameterKey;
import chokepoint.engine.state.ExportControl;
import chokepoint.engine.state.ProposalKind;
import chokepoint.engine.state.Research;
import chokepoint.engine.state.ResearchStatus;
import chokepoint.engine.state.Sanction;
import chokepoint.engine.state.Tariff;
import chokepoint.engine.state.TimedModifier;
import chokepoint.engine.state.Construction;
import chokepoint.engine.state.Draw;

import java.util.List;

/**
 * Step 2: policies. Export controls, tariffs, sanctions, stockpile orders, investments, starting and stopping
 * research, cyber operations.
 */
final class PolicyStep {
    private PolicyStep() {}

    static void run(TurnContext c, List<Order> accepted) {
        for (Order o : accepted) {
            int a = c.idx(o.actor());
            if (o instanceof Order.ImposeExportControl x) {
                int m = c.sc.marketIndex(x.commodity(), x.stage());
                c.s.controls.removeIf(ec -> ec.controller().equals(x.actor()) && ec.market() == m && ec.untilTurn() == 0
                        && ec.target().equals(x.target()));
                c.s.controls.add(new ExportControl(x.actor(), m, x.mode(), x.target(), x.quotaShare(), c.turn, 0));
                c.adjustTension(x.mode().ordinal() + 1.0);
                c.publicNews(3, "news.control.imposed", x.actor(), c.marketKey(m), x.mode().name(), describe(x.target()));
            } else if (o instanceof Order.LiftExportControl x) {
                int m = c.sc.marketIndex(x.commodity(), x.stage());
                c.s.controls.removeIf(ec -> ec.controller().equals(x.actor()) && ec.market() == m);
                c.adjustTension(-1);
                c.publicNews(2, "news.control.lifted", x.actor(), c.marketKey(m));
            } else if (o instanceof Order.SetTariff t) {
                c.s.tariffs.removeIf(y -> y.imposer().equals(t.actor()) && y.target().equals(t.target())
                        && y.commodity().equals(t.commodity()));
                if (t.rate() > 0) c.s.tariffs.add(new Tariff(t.actor(), t.target(), t.commodity(), t.rate(), c.turn));
                c.adjustRelation(a, c.idx(t.target()), -t.rate() * 20);
                c.publicNews(2, "news.tariff", t.actor(), t.target(), t.commodity(), Math.round(t.rate() * 100));
            } else if (o instanceof Order.ImposeSanction x) {
                c.s.sanctions.add(new Sanction(x.actor(), x.target(), c.turn));
                c.adjustRelation(a, c.idx(x.target()), -30);
                c.adjustTension(5);
                c.publicNews(3, "news.sanction", x.actor(), x.target());
            } else if (o instanceof Order.LiftSanction x) {
                c.s.sanctions.removeIf(y -> y.imposer().equals(x.actor()) && y.target().equals(x.target()));
                c.adjustRelation(a, c.idx(x.target()), 10);
                c.publicNews(2, "news.sanction.lifted", x.actor(), x.target());
            } else if (o instanceof Order.BuyStockpile b) {
                int m = c.sc.marketIndex(b.commodity(), b.stage());
                c.stockBuy[a][m] += affordable(c, a, m, b.quantity());
            } else if (o instanceof Order.ReleaseStockpile r) {
                int m = c.sc.marketIndex(r.commodity(), r.stage());
                c.stockRelease[a][m] += r.quantity(); // the news says what sold, once the market has cleared
            } else if (o instanceof Order.SetStockpileTarget t) {
                int m = c.sc.marketIndex(t.commodity(), t.stage());
                c.s.stockTargetDays[a][m] = t.days();
                c.privateNews(t.actor(), 1, "news.stock.target", c.marketKey(m), t.days());
            } else if (o instanceof Order.Invest i) {
                invest(c, i);
            } else if (o instanceof Order.StartResearch r) {
                c.s.research.removeIf(x -> x.actor().equals(r.actor()) && x.project().equals(r.project()));
                c.s.research.add(new Research(r.actor(), r.project(), 0, ResearchStatus.RUNNING, c.turn));
                c.privateNews(r.actor(), 1, "news.research.started", r.project());
            } else if (o instanceof Order.CancelResearch r) {
                c.s.research.replaceAll(x -> x.actor().equals(r.actor()) && x.project().equals(r.project())
                        && x.status() == ResearchStatus.RUNNING ? x.withStatus(ResearchStatus.CANCELLED) : x);
                c.privateNews(r.actor(), 1, "news.research.cancelled", r.project());
            } else if (o instanceof Order.CyberOperation x) {
                cyber(c, x);
            }
        }
        autoStockpile(c);
    }

    private static void invest(TurnContext c, Order.Invest i) {
        int m = c.sc.marketIndex(i.commodity(), i.stage());
        int a = c.idx(i.actor());
        c.s.budget[a] = Math.max(0, c.s.budget[a] - OrderCosts.investmentCost(c.s, i));
        if (i.host().equals(i.actor())) {
            int lead = c.sc.market(m).leadTurns();
            c.s.constructions.add(new Construction(c.s.newId("plant"), i.actor(), i.actor(), m, i.annualCapacity(),
                    c.turn, c.turn + lead));
            c.publicNews(2, "news.invest.home", i.actor(), c.marketKey(m), i.annualCapacity(), c.sc.calendar().label(c.turn + lead));
        } else {
            DiplomacyStep.propose(c, ProposalKind.HOSTED_INVESTMENT, i.actor(), i.host(), null, m, i.annualCapacity(), 0);
            c.privateNews(i.host(), 2, "news.proposal.invest", i.actor(), c.marketKey(m), i.annualCapacity());
        }
    }

    private static void cyber(TurnContext c, Order.CyberOperation x) {
        int m = c.sc.marketIndex(x.commodity(), x.stage());
        int t = c.idx(x.target());
        var p = c.sc.parameters();
        boolean hit = c.chance(p.get(ParameterKey.CYBER_SUCCESS), Draw.CYBER_HIT, c.idx(x.actor()), t, m);
        boolean seen = c.chance(p.get(ParameterKey.CYBER_DETECTION), Draw.CYBER_DETECTION, c.idx(x.actor()), t, m);
        if (hit) {
            c.s.modifiers.add(new TimedModifier(TimedModifier.Kind.CAPACITY, t, m, c.sc.commodityOfMarket(m),
                    1 - p.get(ParameterKey.CYBER_DAMAGE), c.turn, "cyber:" + x.actor()));
        }
        if (seen) {
            c.adjustRelation(c.idx(x.actor()), t, -20);
            c.adjustTension(5);
            c.publicNews(3, hit ? "news.cyber.attributed" : "news.cyber.foiled", x.actor(), x.target(), c.marketKey(m));
        } else {
            if (hit) c.privateNews(x.target(), 2, "news.cyber.unattributed", c.marketKey(m));
            c.privateNews(x.actor(), 1, hit ? "news.cyber.success" : "news.cyber.failed", x.target(), c.marketKey(m));
        }
        c.adjustTension(1);
    }

    /** Stockpiles with a target in days buy a quarter of the gap each turn, as far as the budget allows. */
    private static void autoStockpile(TurnContext c) {
        for (int a = 0; a < c.actors; a++) {
            for (int m = 0; m < c.markets; m++) {
                double days = c.s.stockTargetDays[a][m];
                if (days <= 0) continue;
                double dailyUse = dailyDemand(c, a, m);
                double gap = days * dailyUse - c.s.stock[a][m] - c.stockBuy[a][m];
                if (gap > 0) c.stockBuy[a][m] += affordable(c, a, m, gap / 4);
            }
        }
    }

    /** Caps a purchase by the budget and by the most one buyer may take of a market in a turn. */
    private static double affordable(TurnContext c, int a, int m, double quantity) {
        double unitPrice = c.s.outsidePrice[m];
        double byBudget = unitPrice <= 0 ? quantity : c.s.budget[a] * 1e9 / unitPrice;
        double worldCap = 0;
        for (int i = 0; i < c.actors; i++) worldCap += c.s.capacity[i][m];
        double byMarket = c.perTurn(worldCap) * c.sc.parameters().get(ParameterKey.MAX_STOCK_BUY_SHARE);
        return Math.max(0, Math.min(quantity, Math.min(byBudget, byMarket)));
    }

    /** Average daily use (direct demand plus producers' input) of an actor in a market, from the last turn. */
    static double dailyDemand(TurnContext c, int a, int m) {
        var last = c.s.lastRecord();
        if (last == null) return 0;
        double perTurn = Math.max(last.demand[a][m], last.use[a][m]);
        return perTurn / c.sc.calendar().daysPerTurn();
    }

    static String describe(chokepoint.engine.state.Target t) {
        return switch (t.kind()) {
            case ALL -> "*";
            case ACTORS -> String.join("+", t.actors());
            case OUTSIDE_ZONE -> "!" + t.zone();
        };
    }
}
