package chokepoint.cli;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * AI players known to the runner by name ({@code --ai NAME}). "none" (passive seats) is always there. The
 * AI players (package {@code chokepoint.ai}) plug in through {@code chokepoint.app.CliAiPlugin}, e.g.
 * {@code AiRegistry.register("baseline", () -> (game, actor) -> ...)} at start-up; until it does, asking for
 * "baseline" falls back to "none" with a warning (see {@link Cli}).
 */
public final class AiRegistry {
    private static final Map<String, Supplier<SeatAi>> FACTORIES = new TreeMap<>();

    static {
        FACTORIES.put("none", SeatAi::passive);
    }

    private AiRegistry() {}

    /** Adds or replaces an AI; {@code factory} makes one instance per game. */
    public static synchronized void register(String name, Supplier<SeatAi> factory) {
        FACTORIES.put(name, factory);
    }

    public static synchronized Optional<Supplier<SeatAi>> find(String name) {
        return Optional.ofNullable(FACTORIES.get(name));
    }

    public static synchronized java.util.Set<String> names() {
        return java.util.Set.copyOf(FACTORIES.keySet());
    }
}
