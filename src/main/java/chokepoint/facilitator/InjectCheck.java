package chokepoint.facilitator;

import chokepoint.engine.scenario.EffectDef;
import chokepoint.engine.scenario.Scenario;
import chokepoint.engine.state.ControlMode;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks an inject against a scenario: every actor, commodity and stage it names must exist there. An inject with
 * problems is reported to the facilitator (in the console's language, {@link InjectProblem#in}) and never applied.
 */
public final class InjectCheck {
    private InjectCheck() {}

    public static List<InjectProblem> problems(Inject inject, Scenario sc) {
        List<InjectProblem> out = new ArrayList<>();
        if (inject.id() == null || !inject.id().matches("[a-z0-9][a-z0-9_.-]{0,50}")) {
            out.add(InjectProblem.of(InjectProblem.BAD_ID, inject.id()));
        }
        if (inject.title() == null || inject.title().en() == null || inject.title().en().isBlank()) {
            out.add(InjectProblem.of(InjectProblem.NO_TITLE));
        }
        if (inject.effects().isEmpty()) out.add(InjectProblem.of(InjectProblem.NO_EFFECTS));
        for (int i = 0; i < inject.effects().size(); i++) {
            EffectDef e = inject.effects().get(i);
            if (e.kind() == null) { out.add(InjectProblem.of(InjectProblem.NO_KIND, i)); continue; }
            Where where = new Where(out, sc, i, e);
            switch (e.kind()) {
                case ADD_CAPACITY, CAPACITY_SHOCK, RECYCLING -> { where.actor(e.actor(), false); where.market(); }
                case DEMAND_FACTOR, DEMAND_SHOCK -> { where.actor(e.actor(), true); where.market(); }
                case PRICE_SHOCK -> where.market();
                case TENSION -> { }
                case RELATION -> { where.actor(e.actor(), false); where.target(e.target()); }
                case BUDGET -> where.actor(e.actor(), false);
                case EXPORT_CONTROL -> {
                    where.actor(e.actor(), false);
                    where.market();
                    if (e.target() != null && !"*".equals(e.target())) where.target(e.target());
                    if (e.mode() != null) {
                        try { ControlMode.valueOf(e.mode()); } catch (IllegalArgumentException x) {
                            where.add(InjectProblem.UNKNOWN_MODE, e.mode());
                        }
                    }
                }
                case LIFT_CONTROL -> { where.actor(e.actor(), false); where.market(); }
                case SHIPPING_DISRUPTION -> {
                    if (e.commodity() == null || sc.commodityIndex(e.commodity()) < 0) {
                        where.add(InjectProblem.UNKNOWN_COMMODITY, e.commodity(), sc.id());
                    }
                }
            }
        }
        return out;
    }

    /** Problems of effect {@code index}: each names the effect's index and kind first. */
    private record Where(List<InjectProblem> out, Scenario sc, int index, EffectDef e) {
        void add(String key, Object... rest) {
            Object[] values = new Object[rest.length + 2];
            values[0] = index;
            values[1] = e.kind();
            System.arraycopy(rest, 0, values, 2, rest.length);
            out.add(InjectProblem.of(key, values));
        }

        void actor(String id, boolean starAllowed) {
            if (starAllowed && "*".equals(id)) return;
            if (id == null || sc.actorIndex(id) < 0) add(InjectProblem.UNKNOWN_ACTOR, id, sc.id());
        }

        void target(String id) {
            if (id == null || sc.actorIndex(id) < 0) add(InjectProblem.UNKNOWN_TARGET, id, sc.id());
        }

        void market() {
            if (e.commodity() == null || e.stage() == null || sc.marketIndex(e.commodity(), e.stage()) < 0) {
                add(InjectProblem.UNKNOWN_MARKET, e.commodity(), e.stage(), sc.id());
            }
        }
    }
}
