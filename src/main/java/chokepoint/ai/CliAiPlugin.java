package chokepoint.ai;

import chokepoint.cli.AiRegistry;
import chokepoint.cli.SeatAi;
import chokepoint.engine.Game;
import chokepoint.engine.order.Order;
import chokepoint.engine.scenario.Scenario;

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
            AiRegistry.register(name, () -> new BaselineAi(style, new SharedFacts())::orders);
            AiRegistry.register("strong-" + name, () -> (game, actor) -> new StrongAi(style).decide(game, actor).orderList());
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
                if (game.scenario() != scenario) {
                    scenario = game.scenario();
                    roster = rosterDefault(scenario, strength);
                }
                AiRoster.Setting s = roster.settingOf(scenario, actor);
                if (s.strength() != AiStrength.BASELINE) return s.player().orders(game, actor);
                int k = s.style().ordinal();
                if (baselineByStyle[k] == null) baselineByStyle[k] = new BaselineAi(s.style(), shared);
                return baselineByStyle[k].orders(game, actor);
            }
        };
    }

    private static AiRoster rosterDefault(Scenario sc, AiStrength strength) {
        AiRoster r = AiRoster.defaults(sc);
        for (String seat : AiRoster.playableSeats(sc)) r = r.with(seat, r.settingOf(sc, seat).style(), strength);
        return r;
    }
}
