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
        // [seller][buyer] trade of one market at a time, summed from that market's run of flows
        double[][] fromTo = new double[n][n];
        double[][] exposurePoints = new double[n][n];
        List<LeverageTerm> all = new ArrayList<>();
        // suppliers of each market with spare supply, in increasing order: the others add an exact zero to a sum
        // that is never -0.0, which changes nothing
        int[] spareHolders = new int[n];
        for (int m = 0; m < mk; m++) {
            int holders = 0;
            for (int o = 0; o < n; o++) if (out.spare[o][m] != 0) spareHolders[holders++] = o;
            for (double[] row : fromTo) java.util.Arrays.fill(row, 0);
            for (int k = out.flowStart[m]; k < out.flowEnd[m]; k++) {
                Flow f = out.flows.get(k);
                if (f.seller() != f.buyer()) fromTo[f.seller()][f.buyer()] += f.quantity();
            }
            for (int b = 0; b < n; b++) {
                double wanted = out.directDemand[b][m] + out.inputDemand[b][m];
                if (wanted <= 0 || weight[b][m] <= 0) continue;
                for (int h = 0; h < n; h++) {
                    double q = fromTo[h][b];
                    if (h == b || q <= 0) continue;
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
        }
        double[][] matrix = new double[n][n];
        for (int h = 0; h < n; h++) for (int b = 0; b < n; b++) if (h != b) matrix[h][b] = exposurePoints[h][b] - exposurePoints[b][h];
        // the largest terms of each (holder, dependent) pair, pairs in order, ties in the order found: what a stable
        // sort of all terms by pair and points gives, sorting only each pair's few terms
        List<List<LeverageTerm>> byPair = new ArrayList<>(n * n);
        for (int k = 0; k < n * n; k++) byPair.add(null);
        for (LeverageTerm t : all) {
            int k = t.holder() * n + t.dependent();
            if (byPair.get(k) == null) byPair.set(k, new ArrayList<>());
            byPair.get(k).add(t);
        }
        List<LeverageTerm> kept = new ArrayList<>();
        for (List<LeverageTerm> pair : byPair) {
            if (pair == null) continue;
            pair.sort(BY_POINTS_DESCENDING);
            kept.addAll(pair.subList(0, Math.min(TERMS_KEPT, pair.size())));
        }
        return new Result(matrix, List.copyOf(kept));
    }
}
