package chokepoint.facilitator;

import chokepoint.engine.scenario.EffectDef;
import chokepoint.engine.scenario.Scenario;
import chokepoint.engine.state.ControlMode;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks an inject against a scenario: every actor, commodity and stage it names must exist there. An inject with
 * problems is reported to the facilitator and never applied.
 */
public final class InjectCheck {
    private InjectCheck() {}

    public static List<String> problems(Inject inject, Scenario sc) {
        List<String> out = new ArrayList<>();
        if (inject.id() == null || !inject.id().matches("[a-z0-9][a-z0-9_.-]{0,50}")) {
            out.add("id '" + inject.id() + "' must be lower case (a-z, 0-9, _ . -), at most 51 characters");
        }
        if (inject.title() == null || inject.title().en() == null || inject.title().en().isBlank()) {
            out.add("missing English title");
        }
        if (inject.effects().isEmpty()) out.add("no effects");
        for (int i = 0; i < inject.effects().size(); i++) {
            EffectDef e = inject.effects().get(i);
            String where = "effects[" + i + "] (" + e.kind() + ")";
            if (e.kind() == null) { out.add("effects[" + i + "]: missing kind"); continue; }
            switch (e.kind()) {
                case ADD_CAPACITY, CAPACITY_SHOCK, RECYCLING -> { actor(out, where, sc, e.actor(), false); market(out, where, sc, e); }
                case DEMAND_FACTOR, DEMAND_SHOCK -> { actor(out, where, sc, e.actor(), true); market(out, where, sc, e); }
                case PRICE_SHOCK -> market(out, where, sc, e);
                case TENSION -> { }
                case RELATION -> { actor(out, where, sc, e.actor(), false); actor(out, where + " target", sc, e.target(), false); }
                case BUDGET -> actor(out, where, sc, e.actor(), false);
                case EXPORT_CONTROL -> {
                    actor(out, where, sc, e.actor(), false);
                    market(out, where, sc, e);
                    if (e.target() != null && !"*".equals(e.target())) actor(out, where + " target", sc, e.target(), false);
                    if (e.mode() != null) {
                        try { ControlMode.valueOf(e.mode()); } catch (IllegalArgumentException x) {
                            out.add(where + ": unknown mode '" + e.mode() + "'");
                        }
                    }
                }
                case LIFT_CONTROL -> { actor(out, where, sc, e.actor(), false); market(out, where, sc, e); }
                case SHIPPING_DISRUPTION -> {
                    if (e.commodity() == null || sc.commodityIndex(e.commodity()) < 0) {
                        out.add(where + ": unknown commodity '" + e.commodity() + "' in scenario " + sc.id());
                    }
                }
            }
        }
        return out;
    }

    private static void actor(List<String> out, String where, Scenario sc, String id, boolean starAllowed) {
        if (starAllowed && "*".equals(id)) return;
        if (id == null || sc.actorIndex(id) < 0) out.add(where + ": unknown actor '" + id + "' in scenario " + sc.id());
    }

    private static void market(List<String> out, String where, Scenario sc, EffectDef e) {
        if (e.commodity() == null || e.stage() == null || sc.marketIndex(e.commodity(), e.stage()) < 0) {
            out.add(where + ": unknown commodity/stage '" + e.commodity() + "/" + e.stage() + "' in scenario " + sc.id());
        }
    }
}
