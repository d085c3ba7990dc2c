package chokepoint.engine.resolve;

import chokepoint.engine.scenario.ParameterKey;
import chokepoint.engine.scenario.Scenario;
import chokepoint.engine.state.Flow;
import chokepoint.engine.state.LeverageTerm;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Step 7: leverage (docs/MODEL.md, "Leverage"). The exposure of B to A in a market is B's dependence on A's
 * supply after what B's alternatives (other allowed suppliers' spare supply, its own spare capacity) and its
 * stockpile could cover; weighted by what the market is worth to B's GDP. Leverage of A over B is the sum of
 * B's exposures to A minus A's exposures to B. The GDP weights are the scenario's ({@link Scenario#gdpWeights()}).
 */
final class Leverage {
    /** Terms kept per ordered pair for the explanation of a figure. */
    static final int TERMS_KEPT = 6;

    private Leverage() {}

    private static final Comparator<LeverageTerm> BY_POINTS_DESCENDING = (x, y) -> Double.compare(y.points(), x.points());

    record Result(double[][] matrix, List<LeverageTerm> terms) {}

    static Result compute(TurnContext c, MarketOutcome out, TradeRules rules) {
        Scenario sc = c.sc;
        int n = c.actors;
        int mk = c.markets;
        double scale = sc.parameters().get(ParameterKey.LEVERAGE_SCALE);
        double horizon = sc.parameters().get(ParameterKey.STOCK_COVER_HORIZON_DAYS);
        double daysPerTurn = sc.calendar().daysPerTurn();
        double[][] weight = sc.gdpWeights();
        double[][] exposurePoints = new double[n][n];
        List<LeverageTerm> all = new ArrayList<>();
        // suppliers of each market with spare supply, in increasing order: the others add an exact zero to a sum
        // that is never -0.0, which changes nothing
        int[] spareHolders = new int[n];
        for (int m = 0; m < mk; m++) {
            int holders = 0;
            for (int o = 0; o < n; o++) if (out.spare[o][m] != 0) spareHolders[holders++] = o;
            // settlement books at most one flow per (seller, buyer) and market, so a flow is that pair's whole trade;
            // each pair's terms and sums still come market by market, in the same order
            for (int k = out.flowStart[m]; k < out.flowEnd[m]; k++) {
                Flow f = out.flows.get(k);
                int h = f.seller();
                int b = f.buyer();
                if (h == b) continue;
                double wanted = out.directDemand[b][m] + out.inputDemand[b][m];
                if (wanted <= 0 || weight[b][m] <= 0) continue;
                double q = f.quantity();
                if (q <= 0) continue;
                double dependence = Math.min(1, q / wanted);
                double spareElsewhere = 0;
                for (int i = 0; i < holders; i++) {
                    int o = spareHolders[i];
                    if (o == h) continue;
                    spareElsewhere += out.spare[o][m] * (o == b ? 1 : rules.allowed(m, o, b));
                }
                double alt = Math.min(1, spareElsewhere / q);
                double perDay = q / daysPerTurn;
                double stockCover = Math.min(1, c.s.stock[b][m] / (perDay * horizon));
                double exposure = dependence * (1 - alt) * (1 - stockCover);
                double points = exposure * weight[b][m] * scale;
                if (points <= 1e-9) continue;
                exposurePoints[h][b] += points;
                all.add(new LeverageTerm(h, b, m, dependence, alt, stockCover, exposure, weight[b][m], points));
            }
        }
        double[][] matrix = new double[n][n];
        for (int h = 0; h < n; h++) for (int b = 0; b < n; b++) if (h != b) matrix[h][b] = exposurePoints[h][b] - exposurePoints[b][h];
        return new Result(matrix, largestTerms(all, n));
    }

    /**
     * The largest {@link #TERMS_KEPT} terms of each (holder, dependent) pair, pairs in order, ties in the order
     * found: what a stable sort of all terms by pair and points gives. Terms are grouped by a counting sort and
     * each pair's few terms put in order by insertion (stable, so the same order as any stable sort).
     */
    static List<LeverageTerm> largestTerms(List<LeverageTerm> all, int n) {
        int[] start = new int[n * n + 1];
        for (LeverageTerm t : all) start[t.holder() * n + t.dependent() + 1]++;
        for (int k = 0; k < n * n; k++) start[k + 1] += start[k];
        int[] next = start.clone();
        LeverageTerm[] grouped = new LeverageTerm[all.size()];
        for (LeverageTerm t : all) grouped[next[t.holder() * n + t.dependent()]++] = t;
        List<LeverageTerm> kept = new ArrayList<>();
        for (int k = 0; k < n * n; k++) {
            int from = start[k];
            int to = start[k + 1];
            for (int i = from + 1; i < to; i++) {
                LeverageTerm t = grouped[i];
                int j = i - 1;
                for (; j >= from && BY_POINTS_DESCENDING.compare(grouped[j], t) > 0; j--) grouped[j + 1] = grouped[j];
                grouped[j + 1] = t;
            }
            for (int i = from; i < Math.min(to, from + TERMS_KEPT); i++) kept.add(grouped[i]);
        }
        return List.copyOf(kept);
    }
}
