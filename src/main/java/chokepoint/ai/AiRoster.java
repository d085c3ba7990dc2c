package chokepoint.ai;

import chokepoint.engine.Game;
import chokepoint.engine.order.Order;
import chokepoint.engine.scenario.ActorDef;
import chokepoint.engine.scenario.ActorKind;
import chokepoint.engine.scenario.Scenario;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which AI plays which seat: actor id to (style, strength). Defaults by actor kind: majors BALANCED, producers
 * COOPERATIVE, both BASELINE. Immutable; {@link #with} returns a changed copy.
 */
public final class AiRoster {
    /** Style and strength of one AI seat. */
    public record Setting(AiStyle style, AiStrength strength) {
        public Setting {
            Objects.requireNonNull(style);
            Objects.requireNonNull(strength);
        }

        public AiPlayer player() { return AiPlayer.of(style, strength); }
    }

    private final Map<String, Setting> settings;

    private AiRoster(Map<String, Setting> settings) {
        this.settings = Map.copyOf(settings);
    }

    /** Default setting for an actor kind. */
    public static Setting defaultFor(ActorKind kind) {
        return new Setting(kind == ActorKind.PRODUCER ? AiStyle.COOPERATIVE : AiStyle.BALANCED, AiStrength.BASELINE);
    }

    /** Every playable actor of the scenario with the default for its kind. */
    public static AiRoster defaults(Scenario sc) {
        Map<String, Setting> m = new LinkedHashMap<>();
        for (ActorDef a : sc.actors()) if (a.playable()) m.put(a.id(), defaultFor(a.kind()));
        return new AiRoster(m);
    }

    /** Every playable actor with the same style and strength. */
    public static AiRoster uniform(Scenario sc, AiStyle style, AiStrength strength) {
        Map<String, Setting> m = new LinkedHashMap<>();
        for (ActorDef a : sc.actors()) if (a.playable()) m.put(a.id(), new Setting(style, strength));
        return new AiRoster(m);
    }

    public AiRoster with(String actor, AiStyle style, AiStrength strength) {
        Map<String, Setting> m = new LinkedHashMap<>(settings);
        m.put(actor, new Setting(style, strength));
        return new AiRoster(m);
    }

    /** The setting of an actor: its entry, or the default for its kind. */
    public Setting settingOf(Scenario sc, String actor) {
        Setting s = settings.get(actor);
        if (s != null) return s;
        return defaultFor(sc.actor(actor).map(ActorDef::kind).orElse(ActorKind.MAJOR));
    }

    public Map<String, Setting> settings() { return settings; }

    /** Decisions (orders with reasons) of the given AI seats for the current turn, in scenario actor order. */
    public Map<String, Decision> decisionsFor(Game game, Collection<String> aiSeats) {
        Map<String, Decision> out = new LinkedHashMap<>();
        for (ActorDef a : game.scenario().actors()) {
            if (!aiSeats.contains(a.id()) || !a.playable()) continue;
            out.put(a.id(), settingOf(game.scenario(), a.id()).player().decide(game, a.id()));
        }
        return out;
    }

    /** Orders of the given AI seats for the current turn, ready for {@code Game.resolve}. */
    public Map<String, List<Order>> ordersFor(Game game, Collection<String> aiSeats) {
        return orders(decisionsFor(game, aiSeats));
    }

    public static Map<String, List<Order>> orders(Map<String, Decision> decisions) {
        Map<String, List<Order>> out = new LinkedHashMap<>();
        decisions.forEach((k, d) -> out.put(k, d.orderList()));
        return out;
    }

    /** The reasons per seat, one per order, for the facilitator (rendered in its language). */
    public static Map<String, List<Reason>> reasons(Map<String, Decision> decisions) {
        Map<String, List<Reason>> out = new LinkedHashMap<>();
        decisions.forEach((k, d) -> out.put(k, d.reasons()));
        return out;
    }

    /** Playable actors of a scenario (the seats an AI can take). */
    public static List<String> playableSeats(Scenario sc) {
        List<String> out = new ArrayList<>();
        for (ActorDef a : sc.actors()) if (a.playable()) out.add(a.id());
        return out;
    }

    /** Plays the game to its end with every playable seat run by this roster; returns the game. */
    public Game playOut(Game game) {
        List<String> seats = playableSeats(game.scenario());
        while (!game.isOver()) game.resolve(ordersFor(game, seats));
        return game;
    }
}
