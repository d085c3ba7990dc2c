package chokepoint.app;

import chokepoint.ai.AiPlayer;
import chokepoint.ai.AiStrength;
import chokepoint.ai.AiStyle;
import chokepoint.ai.Decision;
import chokepoint.ai.GamePlayers;
import chokepoint.ai.Reason;
import chokepoint.ai.StrongAi;
import chokepoint.cli.AiRegistry;
import chokepoint.cli.SeatAi;
import chokepoint.engine.Game;
import chokepoint.engine.order.Order;
import chokepoint.text.ReasonFormatter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Registers the AI players with the headless runner's {@link AiRegistry}: "baseline" (default roster: majors
 * balanced, producers cooperative), "strong" (the same styles, strong), and "hawkish", "cooperative", "balanced"
 * plus "strong-hawkish", "strong-cooperative", "strong-balanced" (every seat one style). Call {@link #register()}
 * once at start-up (first thing in {@link Main}). It lives here, where the program is put together, so that the
 * AI depends on neither the runner nor the text rendering.
 */
public final class CliAiPlugin {
    private CliAiPlugin() {}

    public static void register() {
        register("baseline", () -> GamePlayers.defaultRoster(AiStrength.BASELINE));
        register("strong", () -> GamePlayers.defaultRoster(AiStrength.STRONG));
        for (AiStyle style : AiStyle.values()) {
            String name = style.name().toLowerCase(Locale.ROOT);
            register(name, () -> GamePlayers.baseline(style));
            register("strong-" + name, () -> new StrongAi(style));
        }
    }

    /** The registry makes one player per game from {@code perGame}. */
    private static void register(String name, Supplier<AiPlayer> perGame) {
        AiRegistry.register(name, () -> seat(perGame.get()));
    }

    /** One player for every seat, asked for orders alone or, for reports, with its reasons. */
    private static SeatAi seat(AiPlayer player) {
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
        List<String> reasons = new ArrayList<>();
        for (Reason r : d.reasons()) reasons.add(text.line(r));
        return new SeatAi.Explained(d.orderList(), reasons, d.summary() == null ? "" : text.line(d.summary()));
    }
}
