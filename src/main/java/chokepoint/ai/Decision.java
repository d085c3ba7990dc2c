package chokepoint.ai;

import chokepoint.engine.order.Order;

import java.util.List;

/**
 * What an AI seat decided for one turn: its orders, each with a reason, and a one-line summary (for the strong AI,
 * how the chosen set compared with the alternatives it simulated).
 */
public record Decision(String actor, List<ReasonedOrder> orders, Reason summary) {
    public Decision {
        orders = List.copyOf(orders);
    }

    /** The orders alone, in the order given, ready for {@code Game.resolve}. */
    public List<Order> orderList() {
        return orders.stream().map(ReasonedOrder::order).toList();
    }

    /** The reasons alone, one per order. */
    public List<Reason> reasons() {
        return orders.stream().map(ReasonedOrder::reason).toList();
    }
}
