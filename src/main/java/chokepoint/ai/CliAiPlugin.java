package chokepoint.ai;

import chokepoint.cli.AiRegistry;
import chokepoint.cli.SeatAi;
import chokepoint.engine.Game;
import chokepoint.engine.order.Order;
import chokepoint.engine.scenario.Scenario;
import chokepoint.text.ReasonFormatter;

import java.util.List;
import java.util.Locale;

/**
 * Registers the AI players with the headless runner's {@link AiRegistry}: "baseline" (default roster: majors
 * balanced, producers cooperative), "strong" (the same styles, strong), and "hawkish", "cooperative", "balanced"
 * plus "strong-hawkish", "strong-cooperative", "strong-balanced" (every seat one style). Call {@link #register()}
 * once at start-up (e.g. first thing in the CLI's main).
 */
public final class CliAiPlugin {
    private CliAiPlugin() {}

    public static void register() {
        AiRegistry.register("baseline", () -> defaultRoster(AiStrength.BASELINE));
        AiRegistry.register("strong", () -> defaultRoster(AiStrength.STRONG));
        for (AiStyle style : AiStyle.values()) {
            String name = style.name().toLowerCase(Locale.ROOT);
            AiRegistry.register(name, () -> explaining(new BaselineAi(style, new SharedFacts())));
            AiRegistry.register("strong-" + name, () -> explaining(new StrongAi(style)));
        }
    }

    /**
     * Default styles at one strength. The roster is built once per game (the factory makes one player per game),
     * not once per seat and turn: rebuilding it was ~7 % of a batch game's time. Baseline seats share one player per
     * style and the game's {@link SharedFacts}.
     */
    private static SeatAi defaultRoster(AiStrength strength) {
        return new SeatAi() {
            private final SharedFacts shared = new SharedFacts();
            private final BaselineAi[] baselineByStyle = new BaselineAi[AiStyle.values().length];
            private Scenario scenario;
            private AiRoster roster;

            @Override
            public List<Order> orders(Game game, String actor) {
                return player(game, actor).orders(game, actor);
            }

            @Override
            public Explained explain(Game game, String actor) {
                return explained(player(game, actor).decide(game, actor), game);
            }

            private AiPlayer player(Game game, String actor) {
                if (game.scenario() != scenario) {
                    scenario = game.scenario();
                    roster = rosterDefault(scenario, strength);
                }
                AiRoster.Setting s = roster.settingOf(scenario, actor);
                if (s.strength() != AiStrength.BASELINE) return s.player();
                int k = s.style().ordinal();
                if (baselineByStyle[k] == null) baselineByStyle[k] = new BaselineAi(s.style(), shared);
                return baselineByStyle[k];
            }
        };
    }

    /** One player for every seat, asked for orders alone or, for reports, with its reasons. */
    private static SeatAi explaining(AiPlayer player) {
        return new SeatAi() {
            @Override
            public List<Order> orders(Game game, String actor) {
                return player.orders(game, actor);
            }

            @Override
            public Explained explain(Game game, String actor) {
                return explained(player.decide(game, actor), game);
            }
        };
    }

    /** A decision with its reasons and summary in English words, as the headless report gives them. */
    static SeatAi.Explained explained(Decision d, Game game) {
        ReasonFormatter text = ReasonFormatter.of(game, "en");
        List<String> reasons = new java.util.ArrayList<>();
        for (Reason r : d.reasons()) reasons.add(text.line(r));
        return new SeatAi.Explained(d.orderList(), reasons, d.summary() == null ? "" : text.line(d.summary()));
    }

    private static AiRoster rosterDefault(Scenario sc, AiStrength strength) {
        AiRoster r = AiRoster.defaults(sc);
        for (String seat : AiRoster.playableSeats(sc)) r = r.with(seat, r.settingOf(sc, seat).style(), strength);
        return r;
    }
}
