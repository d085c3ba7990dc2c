package chokepoint.engine.resolve;

import chokepoint.engine.scenario.EffectDef;
import chokepoint.engine.scenario.ParameterKey;
import chokepoint.engine.scenario.ProjectDef;
import chokepoint.engine.state.Construction;
import chokepoint.engine.state.Plant;
import chokepoint.engine.state.Draw;
import chokepoint.engine.state.Research;
import chokepoint.engine.state.ResearchStatus;
import chokepoint.engine.state.TradeZone;
import chokepoint.engine.state.ZoneRule;

import java.util.ArrayList;
import java.util.List;

/**
 * Step 3: R&amp;D and construction progress. Running projects are paid for and advance; finished ones succeed or
 * fail by chance. Plants under construction face permitting risk and come on line when ready. Plants built in
 * play idle (strand) after a price crash and restart when the price recovers.
 */
final class ProgressStep {
    /** Share of nameplate capacity new plants run at. */
    static final double NEW_PLANT_UTILISATION = 0.9;

    private ProgressStep() {}

    static void run(TurnContext c) {
        research(c);
        construction(c);
        stranding(c);
        c.s.offtakes.removeIf(d -> d.untilTurn() < c.turn);
        c.s.controls.removeIf(ec -> ec.untilTurn() > 0 && ec.untilTurn() < c.turn);
    }

    private static void research(TurnContext c) {
        List<Research> updated = new ArrayList<>();
        for (Research r : c.s.research) {
            if (r.status() != ResearchStatus.RUNNING) { updated.add(r); continue; }
            ProjectDef p = c.sc.project(r.project()).orElse(null);
            int a = c.idx(r.actor());
            if (p == null || a < 0) { updated.add(r.withStatus(ResearchStatus.CANCELLED)); continue; }
            if (c.s.budget[a] < p.costPerTurn()) {
                updated.add(r);
                c.privateNews(r.actor(), 2, "news.research.stalled", p.id());
                continue;
            }
            c.s.budget[a] -= p.costPerTurn();
            Research next = r.advanced();
            if (next.turnsDone() >= p.duration()) {
                if (c.drawOnce(Draw.RESEARCH, a, Draw.of(p.id()), attempt(c.s.research, r)) < p.successChance()) {
                    next = next.withStatus(ResearchStatus.SUCCEEDED);
                    for (EffectDef e : p.effects()) Effects.apply(c.s, e, r.actor(), c.turn + 1, "project:" + p.id());
                    c.publicNews(3, "news.research.success", r.actor(), p.id());
                } else {
                    next = next.withStatus(ResearchStatus.FAILED);
                    c.privateNews(r.actor(), 2, "news.research.failure", p.id());
                }
            }
            updated.add(next);
        }
        c.s.research.clear();
        c.s.research.addAll(updated);
    }

    /** How many times the actor tried the project before this attempt: each attempt's outcome is drawn once. */
    private static int attempt(List<Research> all, Research r) {
        int n = 0;
        for (Research q : all) {
            if (q == r) break;
            if (q.actor().equals(r.actor()) && q.project().equals(r.project())) n++;
        }
        return n;
    }

    private static void construction(TurnContext c) {
        var p = c.sc.parameters();
        List<Construction> still = new ArrayList<>();
        for (Construction k : c.s.constructions) {
            boolean financed = hasRule(c, k.owner(), ZoneRule.JOINT_FINANCING);
            double failure = p.get(ParameterKey.PERMIT_FAILURE) * (financed ? 0.5 : 1);
            if (k.readyTurn() > c.turn && c.chance(failure, Draw.PERMIT_FAILURE, Draw.of(k.id()), 0, 0)) {
                c.publicNews(2, "news.invest.cancelled", k.owner(), k.host(), c.marketKey(k.market()));
                continue;
            }
            if (k.readyTurn() > c.turn && c.chance(p.get(ParameterKey.PERMIT_RISK), Draw.PERMIT_DELAY, Draw.of(k.id()), 0, 0)) {
                still.add(k.delayed());
                c.privateNews(k.owner(), 1, "news.invest.delayed", k.host(), c.marketKey(k.market()));
                continue;
            }
            if (k.readyTurn() <= c.turn) {
                int h = c.idx(k.host());
                double effective = k.annualCapacity() * NEW_PLANT_UTILISATION;
                c.s.capacity[h][k.market()] += effective;
                c.s.plants.add(new Plant(k.id(), k.owner(), k.host(), k.market(), effective, c.turn, false));
                c.publicNews(2, "news.invest.ready", k.owner(), k.host(), c.marketKey(k.market()), effective);
            } else {
                still.add(k);
            }
        }
        c.s.constructions.clear();
        c.s.constructions.addAll(still);
    }

    /** A price below the stranding ratio for two turns idles plants built in play, unless a price floor covers them. */
    private static void stranding(TurnContext c) {
        double ratio = c.sc.parameters().get(ParameterKey.STRANDING_PRICE_RATIO);
        for (int m = 0; m < c.markets; m++) {
            double ref = c.sc.market(m).referencePrice().value();
            c.s.lowPriceTurns[m] = c.s.price[m] < ratio * ref ? c.s.lowPriceTurns[m] + 1 : 0;
        }
        List<Plant> updated = new ArrayList<>();
        for (Plant pl : c.s.plants) {
            int h = c.idx(pl.host());
            double ref = c.sc.market(pl.market()).referencePrice().value();
            boolean floored = floorShare(c, pl.host()) >= ratio;
            if (!pl.stranded() && c.s.lowPriceTurns[pl.market()] >= 2 && !floored) {
                c.s.capacity[h][pl.market()] = Math.max(0, c.s.capacity[h][pl.market()] - pl.annualCapacity());
                updated.add(pl.withStranded(true));
                c.publicNews(3, "news.plant.stranded", pl.owner(), pl.host(), c.marketKey(pl.market()));
            } else if (pl.stranded() && c.s.price[pl.market()] >= 0.9 * ref) {
                c.s.capacity[h][pl.market()] += pl.annualCapacity();
                updated.add(pl.withStranded(false));
                c.publicNews(2, "news.plant.restarted", pl.owner(), pl.host(), c.marketKey(pl.market()));
            } else {
                updated.add(pl);
            }
        }
        c.s.plants.clear();
        c.s.plants.addAll(updated);
    }

    private static boolean hasRule(TurnContext c, String actor, ZoneRule rule) {
        for (TradeZone z : c.s.zonesOf(actor)) if (z.has(rule)) return true;
        return false;
    }

    private static double floorShare(TurnContext c, String actor) {
        double best = 0;
        for (TradeZone z : c.s.zonesOf(actor)) if (z.has(ZoneRule.PRICE_FLOOR)) best = Math.max(best, z.priceFloorShare);
        return best;
    }
}
