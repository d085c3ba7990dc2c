package chokepoint.cli;

import chokepoint.engine.Game;
import chokepoint.engine.order.Order;
import chokepoint.engine.scenario.ActorDef;
import chokepoint.engine.scenario.Scenario;
import chokepoint.persistence.OrderFile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Plays a game headless: scripted orders where the order file gives them, the AI for every other playable seat. */
public final class GameRunner {
    private GameRunner() {}

    /**
     * Plays from the start of {@code scenario} with {@code seed} for at most {@code maxTurns} turns (or to the end
     * when {@code maxTurns} is 0 or beyond the calendar).
     */
    public static Game play(Scenario scenario, long seed, int maxTurns, OrderFile.Script script, SeatAi ai) {
        return play(scenario, seed, maxTurns, script, ai, Game.Options.DEFAULT);
    }

    /** As {@link #play(Scenario, long, int, OrderFile.Script, SeatAi)}, keeping the AI seats' reasons by turn. */
    public static Game playExplained(Scenario scenario, long seed, int maxTurns, OrderFile.Script script, SeatAi ai,
                                     Map<Integer, Map<String, SeatAi.Explained>> explained) {
        Game game = Game.start(scenario, seed);
        playOn(game, maxTurns, script, ai, explained);
        return game;
    }

    /** As {@link #play(Scenario, long, int, OrderFile.Script, SeatAi)} with the engine's options. */
    public static Game play(Scenario scenario, long seed, int maxTurns, OrderFile.Script script, SeatAi ai,
                            Game.Options options) {
        Game game = Game.start(scenario, seed, options);
        playOn(game, maxTurns, script, ai);
        return game;
    }

    /** Plays {@code maxTurns} more turns of a game (0 = to the end). */
    public static void playOn(Game game, int maxTurns, OrderFile.Script script, SeatAi ai) {
        playOn(game, maxTurns, script, ai, null);
    }

    /**
     * As {@link #playOn(Game, int, OrderFile.Script, SeatAi)}; with {@code explained} not null the AI seats are asked
     * for their reasons too ({@link SeatAi#explain}), kept by turn and seat (same orders, more work: for reports).
     */
    public static void playOn(Game game, int maxTurns, OrderFile.Script script, SeatAi ai,
                              Map<Integer, Map<String, SeatAi.Explained>> explained) {
        OrderFile.Script s = script == null ? OrderFile.Script.empty() : script;
        SeatAi seatAi = ai == null ? SeatAi.passive() : ai;
        for (int played = 0; !game.isOver() && (maxTurns <= 0 || played < maxTurns); played++) {
            int turn = game.currentTurn();
            Map<String, List<Order>> orders = new LinkedHashMap<>();
            for (ActorDef a : game.scenario().actors()) {
                if (s.scripts(turn, a.id())) {
                    orders.put(a.id(), s.ordersFor(turn).get(a.id()));
                } else if (a.playable() && explained != null) {
                    SeatAi.Explained e = seatAi.explain(game, a.id());
                    explained.computeIfAbsent(turn, t -> new LinkedHashMap<>()).put(a.id(), e);
                    if (!e.orders().isEmpty()) orders.put(a.id(), e.orders());
                } else if (a.playable()) {
                    List<Order> chosen = seatAi.orders(game, a.id());
                    if (chosen != null && !chosen.isEmpty()) orders.put(a.id(), List.copyOf(chosen));
                }
            }
            game.resolve(orders);
        }
    }
}
