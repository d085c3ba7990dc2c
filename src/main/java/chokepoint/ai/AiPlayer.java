package chokepoint.ai;

import chokepoint.engine.Game;
import chokepoint.engine.order.Order;

import java.util.List;

/**
 * An AI seat. It decides from what the seat may know (its {@code SeatView}, public facts such as controls and
 * zones in force, and the scenario), never from other actors' true hidden figures. Every order it returns passes
 * {@code game.validateAll(actor, orders)}. Deterministic: the same game and seat always give the same decision.
 */
public interface AiPlayer {
    Decision decide(Game game, String actor);

    /** The orders of {@link #decide}; a player may skip what only the decision's explanation needs. */
    default List<Order> orders(Game game, String actor) {
        return decide(game, actor).orderList();
    }

    /** The player for a style and strength. */
    static AiPlayer of(AiStyle style, AiStrength strength) {
        return strength == AiStrength.STRONG ? new StrongAi(style) : new BaselineAi(style);
    }
}
