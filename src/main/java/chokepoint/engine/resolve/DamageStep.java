package chokepoint.engine.resolve;

import chokepoint.engine.scenario.ActorDef;
import chokepoint.engine.scenario.ParameterKey;

/**
 * Step 5: shortages and economic damage (docs/MODEL.md, "Damage"). A sector loses the largest
 * shortage share among its inputs times that input's criticality; GDP loses the sectors' GDP-weighted losses.
 */
final class DamageStep {
    private DamageStep() {}

    /** Returns sector output loss per [actor][sector] and updates GDP indexes. */
    static double[][] run(TurnContext c, MarketOutcome out) {
        int sectors = c.sc.sectors().size();
        double[][] loss = new double[c.actors][sectors];
        var p = c.sc.parameters();
        double growth = p.get(ParameterKey.GDP_TREND_GROWTH);
        double scarShare = p.get(ParameterKey.SHORTAGE_GDP_SCAR);
        double trend = 100 * Math.pow(1 + growth, c.turn);
        for (int a = 0; a < c.actors; a++) {
            ActorDef ad = c.sc.actors().get(a);
            int[] markets = c.sc.demandMarkets(a);
            int[] demandSectors = c.sc.demandSectors(a);
            for (int k = 0; k < markets.length; k++) {
                int m = markets[k];
                double demand = out.directDemand[a][m];
                if (demand <= 0) continue;
                double shortShare = out.shortage[a][m] / demand;
                int sector = demandSectors[k];
                loss[a][sector] = Math.max(loss[a][sector], Math.min(1, shortShare * ad.demands().get(k).criticality()));
            }
            double gdpLoss = 0;
            int[] shareSectors = c.sc.sectorShareSectors(a);
            for (int k = 0; k < shareSectors.length; k++) {
                gdpLoss += ad.sectorShares().get(k).share().value() * loss[a][shareSectors[k]];
            }
            c.s.gdpScar[a] = c.s.gdpScar[a] * 0.9 + scarShare * gdpLoss;
            c.s.gdpIndex[a] = trend * (1 - Math.min(0.9, gdpLoss)) * (1 - Math.min(0.5, c.s.gdpScar[a]));
        }
        return loss;
    }
}
