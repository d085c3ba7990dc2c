package chokepoint.engine.resolve;

import chokepoint.engine.scenario.CommodityDef;
import chokepoint.engine.scenario.ParameterKey;
import chokepoint.engine.scenario.Parameters;
import chokepoint.engine.state.GameState;

/**
 * Price response (docs/MODEL.md, "Prices"): the benchmark price moves towards
 * ref x ((T / T0) x (1 + U))^(1/elasticity), where T is world demand over world available supply, T0 its value
 * at the start and U the unmet share of demand; the outside price adds a premium for the volume export controls
 * held back from buyers outside the controllers.
 */
final class Prices {
    private Prices() {}

    static void update(TurnContext c, int m, double demand, double available, double unmetShare, TradeRules rules,
                       MarketOutcome out) {
        GameState s = c.s;
        Parameters p = c.sc.parameters();
        CommodityDef cd = c.sc.commodities().get(c.sc.commodityOfMarket(m));
        double ref = c.sc.market(m).referencePrice().value();
        double tightness = tightness(demand, available, unmetShare);
        out.tightness[m] = tightness;
        double base = s.baseTightness[m] > 0 ? s.baseTightness[m] : tightness;
        double eps = Math.max(0.05, cd.elasticity().value());
        double ratio = base <= 0 ? 1 : tightness / base;
        double target = ref * Math.pow(Math.max(1e-6, ratio), 1 / eps);
        target = clamp(target, ref * p.get(ParameterKey.PRICE_MIN_FACTOR), ref * p.get(ParameterKey.PRICE_MAX_FACTOR));
        double speed = p.get(ParameterKey.PRICE_ADJUST_SPEED);
        s.price[m] = s.price[m] + speed * (target - s.price[m]);
        double premium = cd.controlPremium() * controlledShare(c, m, rules, out);
        s.outsidePrice[m] = clamp(s.price[m] * (1 + premium), 0, ref * p.get(ParameterKey.PRICE_MAX_FACTOR) * 2);
    }

    static double tightness(double demand, double available, double unmetShare) {
        if (available <= 0) return demand <= 0 ? 1 : 10;
        return demand / available * (1 + unmetShare);
    }

    /**
     * Share of the demand of buyers outside the controllers that export controls held back this turn (volume
     * actually blocked, so a long-standing ban that buyers have routed around adds no premium).
     */
    static double controlledShare(TurnContext c, int m, TradeRules rules, MarketOutcome out) {
        double blocked = 0;
        double outsideDemand = 0;
        for (int a = 0; a < c.actors; a++) {
            if (rules.controls(m, a)) continue;
            blocked += out.blocked[a][m];
            outsideDemand += out.directDemand[a][m] + out.inputDemand[a][m];
        }
        return outsideDemand <= 0 ? 0 : Math.min(1, blocked / outsideDemand);
    }

    static double clamp(double v, double lo, double hi) {
        return v < lo ? lo : (v > hi ? hi : v);
    }
}
