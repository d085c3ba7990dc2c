package chokepoint.analysis;

import chokepoint.ai.AiStyle;
import chokepoint.engine.Game;
import chokepoint.engine.scenario.ActorDef;
import chokepoint.engine.scenario.EventDef;
import chokepoint.engine.scenario.MarketDef;
import chokepoint.engine.scenario.ParameterKey;
import chokepoint.engine.scenario.Scenario;
import chokepoint.engine.state.ControlMode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads {@code KEY=VALUE} assumptions against a game at its current turn, and lists the keys and values that game
 * allows (for pick lists). Keys:
 * <ul>
 *   <li>{@code param.<name>=<number>}: a parameter of {@link ParameterKey} by its JSON name
 *       ({@code demandPriceElasticity}) or in snake case ({@code demand_price_elasticity}), within its range;</li>
 *   <li>{@code event.<id>=on|off}: a scenario event that has not fired yet (off), or a deck card (on);</li>
 *   <li>{@code style.<ACTOR>=hawkish|cooperative|balanced}: the AI style of a playable seat;</li>
 *   <li>{@code control.<ACTOR>.<commodity>/<stage>.<TARGET|ALL>=ban|quota|licence}: a standing export control.</li>
 * </ul>
 */
public final class Assumptions {
    static final String PARAM = "param.";
    static final String EVENT = "event.";
    static final String STYLE = "style.";
    static final String CONTROL = "control.";
    static final String ALL = "ALL";

    /** The kinds of assumption, each with the prefix of its keys. */
    public enum Kind {
        PARAMETER(PARAM), EVENT(Assumptions.EVENT), STYLE(Assumptions.STYLE), CONTROL(Assumptions.CONTROL);

        private final String prefix;

        Kind(String prefix) { this.prefix = prefix; }

        public String prefix() { return prefix; }
    }

    private Assumptions() {}

    /** Parses {@code KEY=VALUE}; throws {@link AssumptionException} naming the key and the problem. */
    public static Assumption parse(String keyValue, Game game) {
        String text = keyValue == null ? "" : keyValue.trim();
        int eq = text.indexOf('=');
        if (eq <= 0) throw new AssumptionException(text.isEmpty() ? "(empty)" : text, "expected KEY=VALUE, e.g. param.demandPriceElasticity=0.3");
        return parse(text.substring(0, eq).trim(), text.substring(eq + 1).trim(), game);
    }

    /** Parses one key and its value; throws {@link AssumptionException} naming the key and the problem. */
    public static Assumption parse(String key, String value, Game game) {
        if (game.isOver()) throw new AssumptionException(key, "the game is over: there is no future to change");
        for (Kind k : Kind.values()) {
            if (!key.startsWith(k.prefix())) continue;
            String rest = key.substring(k.prefix().length());
            if (rest.isEmpty()) throw new AssumptionException(key, "missing what to change after \"" + k.prefix() + "\"");
            return switch (k) {
                case PARAMETER -> parameter(key, rest, value);
                case EVENT -> event(key, rest, value, game);
                case STYLE -> style(key, rest, value, game.scenario());
                case CONTROL -> control(key, rest, value, game);
            };
        }
        throw new AssumptionException(key, "unknown kind of assumption (keys start with param., event., style. or control.)");
    }

    // ---- parameters ---------------------------------------------------------------------------------------------

    private static Assumption parameter(String key, String name, String value) {
        ParameterKey p = parameterKey(name).orElseThrow(() -> new AssumptionException(key,
                "no model parameter \"" + name + "\" (see docs/MODEL.md §11, e.g. demandPriceElasticity)"));
        double v;
        try {
            v = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new AssumptionException(key, "\"" + value + "\" is not a number");
        }
        if (!p.accepts(v)) {
            throw new AssumptionException(key, value + " is outside the range " + Figures.plain(p.min()) + ".." + Figures.plain(p.max()));
        }
        return new Assumption.Parameter(p, v);
    }

    /** A parameter by JSON name ({@code demandPriceElasticity}) or snake case ({@code demand_price_elasticity}). */
    static Optional<ParameterKey> parameterKey(String name) {
        Optional<ParameterKey> k = ParameterKey.byJsonName(name);
        if (k.isPresent()) return k;
        for (ParameterKey p : ParameterKey.values()) if (p.name().equalsIgnoreCase(name)) return Optional.of(p);
        return Optional.empty();
    }

    // ---- events -------------------------------------------------------------------------------------------------

    private static Assumption event(String key, String id, String value, Game game) {
        boolean on = onOff(key, value);
        EventDef e = game.scenario().events().stream().filter(x -> x.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssumptionException(key, "no event \"" + id + "\" in scenario " + game.scenario().id()));
        String problem = eventProblem(e, on, game);
        if (problem != null) throw new AssumptionException(key, problem);
        return new Assumption.Event(id, on);
    }

    /** Why an event cannot be switched on or off from this game's current turn, or null if it can. */
    static String eventProblem(EventDef e, boolean on, Game game) {
        boolean fired = game.state().firedEvents.contains(e.id());
        if (e.turn() > 0) {
            if (fired || e.turn() <= game.currentTurn()) return "already fired (turn " + e.turn() + "); an excursion changes only the future";
            if (on) return "scripted for turn " + e.turn() + ", so it fires anyway; use off to suppress it";
            return null;
        }
        if (fired && !e.repeatable()) return "this card already fired and does not repeat";
        return null;
    }

    // ---- AI styles ----------------------------------------------------------------------------------------------

    private static Assumption style(String key, String actor, String value, Scenario sc) {
        playable(key, actor, sc);
        for (AiStyle s : AiStyle.values()) {
            if (s.name().equalsIgnoreCase(value)) return new Assumption.Style(actor, s);
        }
        throw new AssumptionException(key, "\"" + value + "\" is not a style (hawkish, cooperative or balanced)");
    }

    private static void playable(String key, String actor, Scenario sc) {
        ActorDef a = sc.actor(actor).orElseThrow(() -> new AssumptionException(key,
                "no actor \"" + actor + "\" in scenario " + sc.id() + " (actors: " + String.join(", ", actorIds(sc, false)) + ")"));
        if (!a.playable()) throw new AssumptionException(key, actor + " is not a playable seat");
    }

    // ---- standing export controls -------------------------------------------------------------------------------

    private static Assumption control(String key, String rest, String value, Game game) {
        Scenario sc = game.scenario();
        String[] parts = rest.split("\\.", -1);
        if (parts.length != 3 || !parts[1].contains("/")) {
            throw new AssumptionException(key, "expected control.ACTOR.commodity/stage.TARGET, e.g. control.CHN.ndpr/refining.JPN");
        }
        String actor = parts[0];
        String target = parts[2];
        String commodity = parts[1].substring(0, parts[1].indexOf('/'));
        String stage = parts[1].substring(parts[1].indexOf('/') + 1);
        playable(key, actor, sc);
        int m = sc.marketIndex(commodity, stage);
        if (m < 0) throw new AssumptionException(key, "no market \"" + parts[1] + "\" in scenario " + sc.id());
        int a = sc.actorIndex(actor);
        if (game.state().capacity[a][m] <= 0 && game.state().stock[a][m] <= 0) {
            throw new AssumptionException(key, actor + " neither produces nor stocks " + parts[1] + ", so it has no exports to control");
        }
        if (!ALL.equals(target) && (sc.actorIndex(target) < 0 || target.equals(actor))) {
            throw new AssumptionException(key, "the target \"" + target + "\" must be another actor of the scenario or ALL");
        }
        ControlMode mode = null;
        for (ControlMode c : ControlMode.values()) if (c.name().equalsIgnoreCase(value)) mode = c;
        if (mode == null) throw new AssumptionException(key, "\"" + value + "\" is not a control (ban, quota or licence)");
        return new Assumption.StandingControl(actor, commodity, stage, target, mode);
    }

    // ---- pick lists ---------------------------------------------------------------------------------------------

    /** What can be changed for a kind in this game: parameter names, event ids, playable actors, or control keys. */
    public static List<String> targets(Kind kind, Game game) {
        Scenario sc = game.scenario();
        List<String> out = new ArrayList<>();
        switch (kind) {
            case PARAMETER -> { for (ParameterKey p : ParameterKey.values()) out.add(p.jsonName()); }
            case EVENT -> {
                for (EventDef e : sc.events()) if (!values(kind, e.id(), game).isEmpty() && !out.contains(e.id())) out.add(e.id());
            }
            case STYLE -> out.addAll(actorIds(sc, true));
            case CONTROL -> {
                for (String a : actorIds(sc, true)) {
                    int ai = sc.actorIndex(a);
                    for (int m = 0; m < sc.marketCount(); m++) {
                        if (game.state().capacity[ai][m] <= 0) continue;
                        MarketDef md = sc.market(m);
                        for (String t : actorIds(sc, false)) if (!t.equals(a)) out.add(a + "." + md.key() + "." + t);
                        out.add(a + "." + md.key() + "." + ALL);
                    }
                }
            }
        }
        return out;
    }

    /** The values a target allows (for a parameter: its current value, the bounds and the default). */
    public static List<String> values(Kind kind, String target, Game game) {
        return switch (kind) {
            case PARAMETER -> parameterKey(target).map(p -> {
                List<String> v = new ArrayList<>();
                for (double d : new double[] {game.scenario().parameters().get(p), p.defaultValue(), p.min(), p.max()}) {
                    if (!v.contains(Figures.plain(d))) v.add(Figures.plain(d));
                }
                return v;
            }).orElse(List.of());
            case EVENT -> {
                List<String> v = new ArrayList<>();
                for (EventDef e : game.scenario().events()) {
                    if (!e.id().equals(target)) continue;
                    if (eventProblem(e, true, game) == null) v.add("on");
                    if (eventProblem(e, false, game) == null) v.add("off");
                }
                yield v;
            }
            case STYLE -> List.of("hawkish", "cooperative", "balanced");
            case CONTROL -> List.of("ban", "quota", "licence");
        };
    }

    private static List<String> actorIds(Scenario sc, boolean playableOnly) {
        List<String> out = new ArrayList<>();
        for (ActorDef a : sc.actors()) if (!playableOnly || a.playable()) out.add(a.id());
        return out;
    }

    private static boolean onOff(String key, String value) {
        if ("on".equalsIgnoreCase(value)) return true;
        if ("off".equalsIgnoreCase(value)) return false;
        throw new AssumptionException(key, "\"" + value + "\" must be on or off");
    }
}
