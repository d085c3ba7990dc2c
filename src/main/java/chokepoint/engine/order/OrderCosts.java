package chokepoint.engine.order;

import chokepoint.engine.scenario.MarketDef;
import chokepoint.engine.scenario.ProjectDef;
import chokepoint.engine.state.GameState;
import chokepoint.engine.state.TradeZone;
import chokepoint.engine.state.ZoneRule;
import chokepoint.engine.scenario.ParameterKey;

/** The price list of orders (docs/MODEL.md, "Orders and costs"). */
public final class OrderCosts {
    static final double SUMMIT = 0.05;
    static final double FOUND_ZONE = 0.5;
    static final double EXERCISE = 0.1;
    static final double CYBER = 0.1;
    static final double ESCORT = 0.2;

    private OrderCosts() {}

    public static OrderCost of(GameState s, Order order) {
        if (order instanceof Order.RespondToProposal || order instanceof Order.CancelResearch) return OrderCost.FREE;
        if (order instanceof Order.FoundZone) return new OrderCost(2, FOUND_ZONE);
        if (order instanceof Order.HoldSummit) return new OrderCost(1, SUMMIT);
        if (order instanceof Order.MilitaryExercise) return new OrderCost(1, EXERCISE);
        if (order instanceof Order.CyberOperation) return new OrderCost(1, CYBER);
        if (order instanceof Order.EscortShipping) return new OrderCost(1, ESCORT);
        if (order instanceof Order.BuyStockpile b) return new OrderCost(1, stockpileCost(s, b));
        if (order instanceof Order.Invest i) return new OrderCost(1, investmentCost(s, i));
        if (order instanceof Order.StartResearch r) {
            return new OrderCost(1, s.scenario.project(r.project()).map(ProjectDef::costPerTurn).orElse(0.0));
        }
        return new OrderCost(1, 0);
    }

    /** Expected cost of a stockpile purchase at today's price paid by the buyer, US$ bn. */
    public static double stockpileCost(GameState s, Order.BuyStockpile b) {
        int m = s.scenario.marketIndex(b.commodity(), b.stage());
        if (m < 0 || !Double.isFinite(b.quantity())) return 0;
        return Math.max(0, b.quantity()) * s.outsidePrice[m] / 1e9;
    }

    /** Up-front cost of a plant, US$ bn, after any joint-financing discount of a zone the investor belongs to. */
    public static double investmentCost(GameState s, Order.Invest i) {
        int m = s.scenario.marketIndex(i.commodity(), i.stage());
        if (m < 0 || !Double.isFinite(i.annualCapacity())) return 0;
        MarketDef md = s.scenario.market(m);
        double cost = Math.max(0, i.annualCapacity()) * md.buildCost().value() / 1e9;
        for (TradeZone z : s.zonesOf(i.actor())) {
            if (z.has(ZoneRule.JOINT_FINANCING)) {
                return cost * (1 - s.scenario.parameters().get(ParameterKey.ZONE_FINANCING_DISCOUNT));
            }
        }
        return cost;
    }
}
