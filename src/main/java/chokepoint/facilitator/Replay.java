package chokepoint.facilitator;

import chokepoint.engine.Game;
import chokepoint.engine.order.Order;
import chokepoint.engine.scenario.EventDef;
import chokepoint.engine.scenario.Parameters;
import chokepoint.engine.scenario.Scenario;
import chokepoint.engine.state.DrawRule;
import chokepoint.engine.state.GameState;
import chokepoint.engine.state.TurnRecord;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rebuilds a game from its scenario, seed, order log and edit log: the scenario as it was at the start (injected
 * events taken out, edited parameters put back), then turn by turn the facilitator's interventions of that turn
 * followed by the recorded orders. Every replayed turn's state hash is checked against the original record.
 */
public final class Replay {
    private Replay() {}

    /** Thrown when a replayed turn does not reproduce the recorded state hash. */
    public static final class MismatchException extends RuntimeException {
        public MismatchException(String message) { super(message); }
    }

    /** What a game is rebuilt from, read from its state. */
    public record Plan(Scenario base, long seed, DrawRule draws, List<Map<String, List<Order>>> orders,
                       List<Intervention> interventions, List<String> hashes) {}

    public static Plan planOf(GameState s) {
        List<Intervention> interventions = new ArrayList<>();
        for (String line : s.editLog) interventions.add(Intervention.parse(line, s.scenario.events()));
        Set<String> injected = new HashSet<>();
        for (Intervention i : interventions) if (i instanceof Intervention.Injected in) injected.add(in.event().id());
        List<EventDef> baseEvents = new ArrayList<>();
        for (EventDef e : s.scenario.events()) if (!injected.contains(e.id())) baseEvents.add(e);
        Parameters p = s.scenario.parameters();
        for (int k = interventions.size() - 1; k >= 0; k--) {
            if (interventions.get(k) instanceof Intervention.ParameterEdit pe) {
                p = p.with(pe.key(), pe.oldValue(), "value before the facilitator's edit of turn " + pe.turn());
            }
        }
        Scenario base = s.scenario.withEvents(baseEvents).withParameters(p);
        List<String> hashes = new ArrayList<>();
        for (TurnRecord r : s.history) hashes.add(r.stateHash);
        List<Map<String, List<Order>>> orders = new ArrayList<>(s.orderLog);
        return new Plan(base, s.seed, s.drawRule, orders, interventions, hashes);
    }

    /**
     * The game after {@code turns} resolved turns, with the interventions made while turn {@code turns + 1} was
     * being played: the state the seats saw when they gave orders for that turn.
     */
    public static Game upTo(Plan plan, int turns) {
        if (turns < 0 || turns > plan.orders().size()) {
            throw new IllegalArgumentException("turn " + turns + " is outside 0.." + plan.orders().size());
        }
        Game g = Game.start(plan.base(), plan.seed(), Game.Options.DEFAULT, plan.draws());
        check(plan, g, 0);
        for (int t = 1; t <= turns; t++) {
            applyInterventions(plan, g, t);
            g.resolve(plan.orders().get(t - 1));
            check(plan, g, t);
        }
        applyInterventions(plan, g, turns + 1);
        return g;
    }

    private static void applyInterventions(Plan plan, Game g, int turn) {
        for (Intervention i : plan.interventions()) {
            if (i.turn() != turn) continue;
            if (i instanceof Intervention.Injected in) {
                g.inject(in.event());
            } else if (i instanceof Intervention.ParameterEdit pe) {
                Facilitator.applyParameter(g, pe.key(), pe.newValue(), pe.note());
            } else {
                g.state().editLog.add(i.line());
            }
        }
    }

    private static void check(Plan plan, Game g, int turn) {
        if (turn >= plan.hashes().size()) return;
        String expected = plan.hashes().get(turn);
        String actual = g.history().get(turn).stateHash;
        if (expected != null && !expected.equals(actual)) {
            throw new MismatchException("replay of turn " + turn + " gave state " + shortHash(actual)
                    + " instead of the recorded " + shortHash(expected));
        }
    }

    static String shortHash(String h) {
        return h == null ? "-" : h.substring(0, Math.min(12, h.length()));
    }
}
