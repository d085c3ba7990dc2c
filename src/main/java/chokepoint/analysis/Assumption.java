package chokepoint.analysis;

import chokepoint.ai.AiRoster;
import chokepoint.ai.AiStyle;
import chokepoint.engine.Game;
import chokepoint.engine.order.Order;
import chokepoint.engine.scenario.EventDef;
import chokepoint.engine.scenario.ParameterKey;
import chokepoint.engine.scenario.Scenario;
import chokepoint.engine.state.ControlMode;
import chokepoint.engine.state.ExportControl;
import chokepoint.engine.state.GameState;
import chokepoint.engine.state.Target;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One changed assumption of an excursion, made with {@link Assumptions#parse}. It acts on the changed arm's game
 * before play ({@link #applyTo}), on the AI seats ({@link #roster}) and on every turn's orders
 * ({@link #adjustOrders}); each kind uses only the hooks it needs.
 */
public sealed interface Assumption {
    /** The key as written on the command line, e.g. {@code param.demandPriceElasticity}. */
    String key();

    /** The value as written, e.g. {@code 0.3}. */
    String value();

    /** Changes the game before the rest of it is played. */
    default void applyTo(Game game) { }

    /** The AI seats of the changed arm. */
    default AiRoster roster(AiRoster roster, Scenario scenario) { return roster; }

    /** Changes the orders of a turn before it is resolved ({@code orders} is mutable). */
    default void adjustOrders(Game game, Map<String, List<Order>> orders) { }

    /** {@code param.<name>=<number>}: a model parameter, in force from the current turn. */
    record Parameter(ParameterKey parameter, double number) implements Assumption {
        @Override public String key() { return Assumptions.PARAM + parameter.jsonName(); }
        @Override public String value() { return Figures.plain(number); }

        @Override public void applyTo(Game game) {
            GameState s = game.state();
            s.scenario = s.scenario.withParameters(s.scenario.parameters().with(parameter, number, "excursion"));
        }
    }

    /**
     * {@code event.<id>=on|off}. Off: a scripted event or deck card that has not fired yet never fires. On: an event
     * that would not fire (a deck card) fires now, in force from the current turn, like a facilitator inject; a
     * non-repeatable card then leaves the deck.
     */
    record Event(String eventId, boolean on) implements Assumption {
        @Override public String key() { return Assumptions.EVENT + eventId; }
        @Override public String value() { return on ? "on" : "off"; }

        @Override public void applyTo(Game game) {
            GameState s = game.state();
            List<EventDef> kept = new ArrayList<>();
            EventDef found = null;
            for (EventDef e : s.scenario.events()) {
                if (!e.id().equals(eventId)) kept.add(e);
                else if (on && e.repeatable()) { kept.add(e); found = e; }
                else found = e;
            }
            s.scenario = s.scenario.withEvents(kept);
            if (on && found != null) {
                game.inject(new EventDef("exc-" + eventId + "-t" + game.currentTurn(), found.title(), found.text(),
                        game.currentTurn(), 0, 0, false, found.effects(), found.source()));
            }
        }
    }

    /** {@code style.<ACTOR>=hawkish|cooperative|balanced}: the AI style of that actor's seat. */
    record Style(String actor, AiStyle style) implements Assumption {
        @Override public String key() { return Assumptions.STYLE + actor; }
        @Override public String value() { return style.name().toLowerCase(Locale.ROOT); }

        @Override public AiRoster roster(AiRoster roster, Scenario scenario) {
            return roster.with(actor, style, roster.settingOf(scenario, actor).strength());
        }
    }

    /**
     * {@code control.<ACTOR>.<commodity>/<stage>.<TARGET|ALL>=ban|quota|licence}: a standing order. Whenever that
     * control is not in force at the start of a turn, the actor orders it first thing (before its AI's orders, so
     * it is the one the action points pay for), and the AI's orders lifting that market's controls are dropped.
     */
    record StandingControl(String actor, String commodity, String stage, String target, ControlMode mode)
            implements Assumption {
        /** Share of customary exports a standing quota lets through. */
        static final double QUOTA_SHARE = 0.5;

        @Override public String key() { return Assumptions.CONTROL + actor + "." + commodity + "/" + stage + "." + target; }
        @Override public String value() { return mode.name().toLowerCase(Locale.ROOT); }

        @Override public void adjustOrders(Game game, Map<String, List<Order>> orders) {
            List<Order> mine = new ArrayList<>();
            if (!inForce(game)) {
                mine.add(new Order.ImposeExportControl(actor, commodity, stage, mode, targetOf(),
                        mode == ControlMode.QUOTA ? QUOTA_SHARE : 0));
            }
            for (Order o : orders.getOrDefault(actor, List.of())) {
                boolean lifts = o instanceof Order.LiftExportControl l && l.commodity().equals(commodity) && l.stage().equals(stage);
                if (!lifts) mine.add(o);
            }
            orders.put(actor, List.copyOf(mine));
        }

        private boolean inForce(Game game) {
            int m = game.scenario().marketIndex(commodity, stage);
            for (ExportControl c : game.state().controls) {
                if (c.controller().equals(actor) && c.market() == m && c.mode() == mode && covers(c.target())) return true;
            }
            return false;
        }

        private Target targetOf() {
            return Assumptions.ALL.equals(target) ? Target.all() : Target.actors(target);
        }

        private boolean covers(Target t) {
            return t.kind() == Target.Kind.ALL || !Assumptions.ALL.equals(target) && t.kind() == Target.Kind.ACTORS
                    && t.actors().contains(target);
        }
    }
}
