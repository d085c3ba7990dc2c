package chokepoint.ai;

import chokepoint.cli.AiRegistry;
import chokepoint.engine.scenario.Scenario;

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
        AiRegistry.register("baseline", () -> (game, actor) -> rosterDefault(game.scenario(), AiStrength.BASELINE)
                .settingOf(game.scenario(), actor).player().decide(game, actor).orderList());
        AiRegistry.register("strong", () -> (game, actor) -> rosterDefault(game.scenario(), AiStrength.STRONG)
                .settingOf(game.scenario(), actor).player().decide(game, actor).orderList());
        for (AiStyle style : AiStyle.values()) {
            String name = style.name().toLowerCase(Locale.ROOT);
            AiRegistry.register(name, () -> (game, actor) -> new BaselineAi(style).decide(game, actor).orderList());
            AiRegistry.register("strong-" + name, () -> (game, actor) -> new StrongAi(style).decide(game, actor).orderList());
        }
    }

    private static AiRoster rosterDefault(Scenario sc, AiStrength strength) {
        AiRoster r = AiRoster.defaults(sc);
        for (String seat : AiRoster.playableSeats(sc)) r = r.with(seat, r.settingOf(sc, seat).style(), strength);
        return r;
    }
}
