package chokepoint.engine.resolve;

import chokepoint.engine.scenario.ObjectiveDef;
import chokepoint.engine.scenario.Scenario;
import chokepoint.engine.state.Flow;
import chokepoint.engine.state.GameState;
import chokepoint.engine.state.ObjectiveStatus;
import chokepoint.engine.state.Research;
import chokepoint.engine.state.ResearchStatus;
import chokepoint.engine.state.TurnRecord;

import java.util.ArrayList;
import java.util.List;

/**
 * Step 6: objectives and scores (docs/MODEL.md, "Objectives and score"). Score = 70 x weighted objective
 * progress + 30 x how close GDP stays to its trend.
 */
final class Objectives {
    private Objectives() {}

    static List<List<ObjectiveStatus>> score(TurnContext c, MarketOutcome out) {
        List<List<ObjectiveStatus>> all = new ArrayList<>();
        double growth = c.sc.parameters().get(chokepoint.engine.scenario.ParameterKey.GDP_TREND_GROWTH);
        double trend = 100 * Math.pow(1 + growth, c.turn);
        for (int a = 0; a < c.actors; a++) {
            List<ObjectiveStatus> list = new ArrayList<>();
            double weighted = 0;
            double weights = 0;
            for (ObjectiveDef o : c.sc.actors().get(a).objectives()) {
                ObjectiveStatus st = evaluate(c, out, a, o);
                list.add(st);
                weighted += o.weight() * st.progress();
                weights += o.weight();
            }
            double objectivePart = weights <= 0 ? 1 : weighted / weights;
            double gdpPart = Math.max(0, Math.min(1, (c.s.gdpIndex[a] / trend - 0.9) / 0.1));
            c.s.score[a] = 70 * objectivePart + 30 * gdpPart;
            all.add(List.copyOf(list));
        }
        return all;
    }

    static ObjectiveStatus evaluate(TurnContext c, MarketOutcome out, int a, ObjectiveDef o) {
        Scenario sc = c.sc;
        int m = o.commodity() == null || o.stage() == null ? -1 : sc.marketIndex(o.commodity(), o.stage());
        double value;
        boolean atMost;
        switch (o.kind()) {
            case SUPPLIER_SHARE_AT_MOST -> { value = supplierShare(out, a, m, sc.actorIndex(o.other())); atMost = true; }
            case SINGLE_SUPPLIER_AT_MOST -> { value = largestForeignShare(out, a, m); atMost = true; }
            case DOMESTIC_SHARE_AT_LEAST -> { value = ratio(out.production[a][m] + out.recycled[a][m], out.use[a][m]); atMost = false; }
            case RECYCLING_SHARE_AT_LEAST -> { value = ratio(out.recycled[a][m], out.use[a][m]); atMost = false; }
            case STOCKPILE_DAYS_AT_LEAST -> { value = stockDays(c, out, a, m); atMost = false; }
            case GLOBAL_SHARE_AT_LEAST -> { value = globalShare(out, a, m); atMost = false; }
            case SHORTAGE_AT_MOST -> { value = ratio(out.shortage[a][m], out.directDemand[a][m]); atMost = true; }
            case PROJECT_DONE -> { value = projectDone(c.s, c.id(a), o.other()) ? 1 : 0; atMost = false; }
            case GDP_INDEX_AT_LEAST -> { value = c.s.gdpIndex[a]; atMost = false; }
            case EXPORT_REVENUE_AT_LEAST -> { value = annualExportRevenue(c, a); atMost = false; }
            default -> throw new IllegalStateException(o.kind().name());
        }
        double t = o.threshold();
        double progress;
        if (atMost) progress = value <= t ? 1 : Math.max(0, 1 - (value - t) / Math.max(1e-9, Math.max(t, 1 - t)));
        else progress = t <= 0 ? 1 : Math.min(1, value / t);
        if (o.kind() == chokepoint.engine.scenario.ObjectiveKind.PROJECT_DONE) progress = value;
        boolean met = progress >= 1 - 1e-9;
        return new ObjectiveStatus(o.id(), value, t, progress, met);
    }

    /**
     * Export revenue of the last year (this turn and the turns before it, up to a year): one quarter's sales
     * cannot meet a yearly objective, so selling a stockpile off in the last turn does not pay. Early in the game
     * the turns so far are scaled to a year.
     */
    static double annualExportRevenue(TurnContext c, int a) {
        int periods = c.sc.calendar().periodsPerYear();
        double sum = c.exportRevenue[a];
        int turns = 1;
        List<TurnRecord> h = c.s.history;
        for (int i = h.size() - 1; i >= 0 && turns < periods && h.get(i).turn > 0; i--, turns++) sum += h.get(i).exportRevenue[a];
        return sum * periods / turns;
    }

    static double supplierShare(MarketOutcome out, int a, int m, int supplier) {
        double total = 0;
        double from = 0;
        for (int k = out.flowStart[m]; k < out.flowEnd[m]; k++) {
            Flow f = out.flows.get(k);
            if (f.buyer() != a) continue;
            total += f.quantity();
            if (f.seller() == supplier) from += f.quantity();
        }
        return ratio(from, total + out.recycled[a][m]);
    }

    static double largestForeignShare(MarketOutcome out, int a, int m) {
        double total = 0;
        double[] by = new double[out.production.length];
        for (int k = out.flowStart[m]; k < out.flowEnd[m]; k++) {
            Flow f = out.flows.get(k);
            if (f.buyer() != a) continue;
            total += f.quantity();
            if (f.seller() != a) by[f.seller()] += f.quantity();
        }
        double max = 0;
        for (double v : by) max = Math.max(max, v);
        return ratio(max, total + out.recycled[a][m]);
    }

    static double globalShare(MarketOutcome out, int a, int m) {
        double world = 0;
        for (double[] p : out.production) world += p[m];
        return ratio(out.production[a][m], world);
    }

    static double stockDays(TurnContext c, MarketOutcome out, int a, int m) {
        double perDay = (out.directDemand[a][m] + out.inputDemand[a][m]) / c.sc.calendar().daysPerTurn();
        return perDay <= 0 ? 0 : c.s.stock[a][m] / perDay;
    }

    static boolean projectDone(GameState s, String actor, String project) {
        for (Research r : s.research) {
            if (r.actor().equals(actor) && r.project().equals(project) && r.status() == ResearchStatus.SUCCEEDED) return true;
        }
        return false;
    }

    static double ratio(double a, double b) {
        return b <= 0 ? 0 : a / b;
    }
}
