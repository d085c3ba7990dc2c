package chokepoint.engine.scenario;

import java.util.List;

/**
 * A traded commodity with its supply-chain stages in chain order.
 *
 * @param elasticity price response to the supply-demand gap (see docs/MODEL.md, "Prices")
 * @param controlPremium how strongly a licence regime by a dominant supplier raises the outside price
 */
public record CommodityDef(
        String id,
        Text name,
        List<MarketDef> stages,
        Sourced elasticity,
        double controlPremium) {}
