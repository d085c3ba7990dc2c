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

    /**
     * The orders with the reason the AI gives for each (one English line per order, in the same order) and a
     * one-line summary of the decision, for the headless report. Must give the same orders as {@link #orders}.
     * The default gives no reasons.
     */
    default Explained explain(Game game, String actor) {
        List<Order> o = orders(game, actor);
        return new Explained(o == null ? List.of() : o, List.of(), "");
    }

    /** Orders with their reasons; {@code reasons} is empty or one line per order. */
    record Explained(List<Order> orders, List<String> reasons, String summary) {
        public Explained {
            orders = List.copyOf(orders);
            reasons = List.copyOf(reasons);
            if (!reasons.isEmpty() && reasons.size() != orders.size()) {
                throw new IllegalArgumentException(reasons.size() + " reasons for " + orders.size() + " orders");
            }
            summary = summary == null ? "" : summary;
        }
    }

    /** An AI that gives no orders: the seat stays passive. */
    static SeatAi passive() {
        return (game, actor) -> List.of();
    }
}
