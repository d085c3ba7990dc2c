package chokepoint.cli;

import chokepoint.engine.Game;
import chokepoint.engine.order.Order;

import java.util.List;

/**
 * The seam between the headless runner and an AI player. The runner asks it for the orders of every playable
 * seat that the order file does not script for the turn, before the turn is resolved (all seats decide on the
 * same state, so the order of the calls does not matter).
 *
 * <p>Contract: read the game only (through {@code game.view(actor)} for fair play, or {@code game.copy()} for
 * look-ahead); never resolve or change {@code game}; be deterministic for the same state (derive any randomness
 * from {@code game.seed()}, the turn and the actor, never from the clock or a shared generator), so that the same
 * scenario, seed and orders always give the same game and batch results do not depend on the thread count.
 * One instance plays one game (it may keep memory between turns); the runner makes a new one per game through
 * {@link AiRegistry}.
 */
@FunctionalInterface
public interface SeatAi {
    /** The orders of {@code actor} for the coming turn ({@code game.currentTurn()}); an empty list for none. */
    List<Order> orders(Game game, String actor);

    /** An AI that gives no orders: the seat stays passive. */
    static SeatAi passive() {
        return (game, actor) -> List.of();
    }
}
