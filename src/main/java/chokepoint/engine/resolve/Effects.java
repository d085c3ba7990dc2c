package chokepoint.engine.resolve;

import chokepoint.engine.scenario.EffectDef;
import chokepoint.engine.scenario.Scenario;
import chokepoint.engine.state.ControlMode;
import chokepoint.engine.state.ExportControl;
import chokepoint.engine.state.GameState;
import chokepoint.engine.state.Target;
import chokepoint.engine.state.TimedModifier;

/** Applies scenario effects (from events, research, initial policies and facilitator injects) to the state. */
public final class Effects {
    private Effects() {}

    /**
     * Applies one effect. {@code owner} replaces a "*" or missing actor where the kind needs one actor
     * (project effects); {@code turn} is the first turn the effect is in force.
     */
    public static void apply(GameState s, EffectDef e, String owner, int turn, String cause) {
        Scenario sc = s.scenario;
        String actorId = e.actor() == null || "*".equals(e.actor()) ? owner : e.actor();
        int a = actorId == null ? -1 : sc.actorIndex(actorId);
        int m = e.commodity() == null || e.stage() == null ? -1 : sc.marketIndex(e.commodity(), e.stage());
        int lastTurn = turn + Math.max(1, e.duration()) - 1;
        switch (e.kind()) {
            case ADD_CAPACITY -> { if (a >= 0 && m >= 0) s.capacity[a][m] = Math.max(0, s.capacity[a][m] + e.value()); }
            case CAPACITY_SHOCK -> { if (m >= 0) s.modifiers.add(new TimedModifier(TimedModifier.Kind.CAPACITY,
                    a, m, sc.commodityOfMarket(m), clampFactor(e.value()), lastTurn, cause)); }
            case DEMAND_SHOCK -> { if (m >= 0) s.modifiers.add(new TimedModifier(TimedModifier.Kind.DEMAND,
                    "*".equals(e.actor()) ? -1 : a, m, sc.commodityOfMarket(m), clampFactor(e.value()), lastTurn, cause)); }
            case DEMAND_FACTOR -> {
                if (m < 0) return;
                if ("*".equals(e.actor()) && owner == null) {
                    for (int i = 0; i < s.actors(); i++) s.demandFactor[i][m] *= clampFactor(e.value());
                } else if (a >= 0) {
                    s.demandFactor[a][m] *= clampFactor(e.value());
                }
            }
            case RECYCLING -> { if (a >= 0 && m >= 0) s.recyclingShare[a][m] = Math.min(0.9, s.recyclingShare[a][m] + e.value()); }
            case PRICE_SHOCK -> {
                if (m < 0) return;
                s.price[m] *= clampFactor(e.value());
                s.outsidePrice[m] *= clampFactor(e.value());
            }
            case TENSION -> s.tension = clamp(s.tension + e.value(), 0, 100);
            case RELATION -> {
                int b = e.target() == null ? -1 : sc.actorIndex(e.target());
                if (a >= 0 && b >= 0 && a != b) {
                    double v = clamp(s.relation[a][b] + e.value(), -100, 100);
                    s.relation[a][b] = v;
                    s.relation[b][a] = v;
                }
            }
            case BUDGET -> { if (a >= 0) s.budget[a] = Math.max(0, s.budget[a] + e.value()); }
            case EXPORT_CONTROL -> {
                if (a < 0 || m < 0) return;
                Target t = e.target() == null || "*".equals(e.target()) ? Target.all() : Target.actors(e.target());
                // controls on different targets stack (a licence for all, a ban for one); a timed control (an
                // embargo for two turns) sits on top of a standing one, which applies again after it
                if (e.duration() <= 0) {
                    s.controls.removeIf(c -> c.controller().equals(actorId) && c.market() == m && c.untilTurn() == 0
                            && c.target().equals(t));
                }
                ControlMode mode = e.mode() == null ? ControlMode.LICENCE : ControlMode.valueOf(e.mode());
                int until = e.duration() > 0 ? lastTurn : 0;
                s.controls.add(new ExportControl(actorId, m, mode, t, clamp(e.value(), 0, 1), turn, until));
            }
            case LIFT_CONTROL -> {
                if (m >= 0) s.controls.removeIf(c -> c.controller().equals(actorId) && c.market() == m);
            }
            case SHIPPING_DISRUPTION -> {
                int c = e.commodity() == null ? -1 : sc.commodityIndex(e.commodity());
                s.modifiers.add(new TimedModifier(TimedModifier.Kind.SHIPPING, -1, -1, c, clamp(e.value(), 0, 1),
                        lastTurn, cause));
            }
        }
    }

    private static double clampFactor(double f) {
        return clamp(f, 0, 10);
    }

    static double clamp(double v, double lo, double hi) {
        return v < lo ? lo : (v > hi ? hi : v);
    }
}
