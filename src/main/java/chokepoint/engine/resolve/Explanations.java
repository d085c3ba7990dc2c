package chokepoint.engine.resolve;

import chokepoint.engine.scenario.ActorDef;
import chokepoint.engine.scenario.DemandDef;
import chokepoint.engine.state.ExportControl;

/**
 * Writes the causal news of a turn: which sector lost output because of which shortage, and whether an export
 * control held back the imports ("Japan's ev output fell 12% because CHN's LICENCE regime held 40% of its
 * ndpr/component imports"); stock draws; large price moves.
 */
final class Explanations {
    /** Shares below this are not news. */
    static final double NEWSWORTHY = 0.02;
    /** Output losses from this size on are headlines (turning points on the timeline). */
    static final double HEADLINE = 0.05;

    private Explanations() {}

    static void write(TurnContext c, MarketOutcome out, TradeRules rules, double[][] sectorLoss, double[] oldPrice) {
        for (int a = 0; a < c.actors; a++) {
            ActorDef ad = c.sc.actors().get(a);
            String actor = ad.id();
            for (int sector = 0; sector < sectorLoss[a].length; sector++) {
                double loss = sectorLoss[a][sector];
                if (loss < NEWSWORTHY) continue;
                int cause = worstInput(c, out, a, sector);
                if (cause < 0) continue;
                String sectorId = c.sc.sectors().get(sector).id();
                int controller = out.blockedBy[a][cause];
                double held = out.blocked[a][cause] / Math.max(1e-12, out.blocked[a][cause] + out.imports[a][cause]);
                int chainCause = cause;
                for (int up = c.sc.upstreamOf(cause); controller < 0 && up >= 0; up = c.sc.upstreamOf(up)) {
                    if (out.blockedBy[a][up] >= 0) {
                        controller = out.blockedBy[a][up];
                        held = out.blocked[a][up] / Math.max(1e-12, out.blocked[a][up] + out.imports[a][up]);
                        chainCause = up;
                    }
                }
                if (controller >= 0 && held >= NEWSWORTHY) {
                    ExportControl ec = controlOn(c, rules, c.id(controller), chainCause, actor);
                    String mode = ec == null ? "SANCTION" : ec.mode().name();
                    c.publicNews(loss >= HEADLINE ? 3 : 2, "news.output.control", actor, sectorId, pct(loss), c.id(controller), mode,
                            pct(held), c.marketKey(chainCause));
                } else {
                    c.publicNews(2, "news.output.shortage", actor, sectorId, pct(loss), c.marketKey(cause));
                }
            }
            for (int m = 0; m < c.markets; m++) {
                double ordered = c.stockRelease[a][m];
                if (ordered > 0) {
                    // what the market took, not what was offered: the rest stays in stock
                    double sold = out.stockReleased[a][m];
                    if (sold >= ordered - 1e-9 * ordered) c.privateNews(actor, 1, "news.stock.release", c.marketKey(m), sold);
                    else c.privateNews(actor, 1, "news.stock.releasePart", c.marketKey(m), sold, ordered);
                }
                double drawn = out.stockDrawn[a][m];
                if (drawn > 0 && out.directDemand[a][m] > 0 && drawn / out.directDemand[a][m] >= NEWSWORTHY) {
                    c.privateNews(actor, 2, "news.stock.drawn", c.marketKey(m), drawn, pct(drawn / out.directDemand[a][m]));
                }
            }
        }
        for (int m = 0; m < c.markets; m++) {
            if (oldPrice[m] <= 0) continue;
            double change = c.s.price[m] / oldPrice[m] - 1;
            if (Math.abs(change) >= 0.10) {
                c.publicNews(2, change > 0 ? "news.price.up" : "news.price.down", c.marketKey(m), pct(Math.abs(change)),
                        c.s.price[m]);
            }
            double premium = c.s.outsidePrice[m] / Math.max(1e-12, c.s.price[m]) - 1;
            if (premium >= 0.10) c.publicNews(1, "news.price.premium", c.marketKey(m), pct(premium));
        }
    }

    /**
     * The controller's control on the market that reaches the buyer and lets the least through this turn (a
     * controller may hold several, e.g. a scenario's quota on everyone and a licence on a few: the market applies
     * the strictest), or null if none does (a sanction).
     */
    static ExportControl controlOn(TurnContext c, TradeRules rules, String controller, int market, String buyer) {
        ExportControl found = null;
        double least = Double.POSITIVE_INFINITY;
        for (int i = 0; i < c.s.controls.size(); i++) {
            ExportControl ec = c.s.controls.get(i);
            if (!ec.controller().equals(controller) || ec.market() != market || !ec.target().reaches(c.s, buyer)) continue;
            double pass = i < rules.approval.length ? rules.approval[i] : 1;
            if (pass < least) {
                least = pass;
                found = ec;
            }
        }
        return found;
    }

    /** The input market with the largest shortage share among the sector's demands. */
    private static int worstInput(TurnContext c, MarketOutcome out, int a, int sector) {
        int best = -1;
        double worst = 0;
        int[] markets = c.sc.demandMarkets(a);
        int[] sectors = c.sc.demandSectors(a);
        for (int k = 0; k < markets.length; k++) {
            if (sectors[k] != sector) continue;
            DemandDef d = c.sc.actors().get(a).demands().get(k);
            int m = markets[k];
            double demand = out.directDemand[a][m];
            if (demand <= 0) continue;
            double share = out.shortage[a][m] / demand * d.criticality();
            if (share > worst) { worst = share; best = m; }
        }
        return best;
    }

    static long pct(double share) {
        return Math.round(share * 100);
    }
}
