package chokepoint.ui.session;

import chokepoint.engine.Game;
import chokepoint.engine.order.Order;

import java.util.List;

/** Decides the orders of the AI seats for the coming turn (all at once, on the same state). */
@FunctionalInterface
public interface AiPlayer {
    /** Orders per AI actor; actors missing from the map give none. */
    java.util.Map<String, List<Order>> decide(Game game, List<SeatConfig> aiSeats);

    AiPlayer NONE = (game, seats) -> java.util.Map.of();
}
