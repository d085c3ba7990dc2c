package chokepoint.ui.session;

import chokepoint.ai.Reason;
import chokepoint.engine.Game;
import chokepoint.engine.order.Order;

import java.util.List;
import java.util.Map;

/** Decides the orders of the AI seats for the coming turn (all at once, on the same state). */
@FunctionalInterface
public interface AiPlayer {
    /** Orders per AI actor; actors missing from the map give none. */
    Map<String, List<Order>> decide(Game game, List<SeatConfig> aiSeats);

    /** Orders with the reasons behind them (one per order), which the White Cell reads. */
    record Decided(Map<String, List<Order>> orders, Map<String, List<Reason>> reasons) {}

    /** As {@link #decide}, with reasons when this player gives them (none by default). */
    default Decided decideWithReasons(Game game, List<SeatConfig> aiSeats) {
        return new Decided(decide(game, aiSeats), Map.of());
    }

    AiPlayer NONE = (game, seats) -> Map.of();
}
