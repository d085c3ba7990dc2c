package chokepoint.facilitator;

import chokepoint.ai.Reason;
import chokepoint.engine.order.Order;

import java.util.List;

/**
 * A seat's submitted orders for one resolved turn, unredacted, with the AI's reasons if it gave any (one per order
 * or a summary) and the seat's journal note. For the facilitator's eyes and the after-action report only.
 */
public record SeatOrders(int turn, String seat, List<Order> orders, List<Reason> reasons, JournalEntry journal) {
    public SeatOrders {
        orders = List.copyOf(orders);
        reasons = List.copyOf(reasons);
    }
}
