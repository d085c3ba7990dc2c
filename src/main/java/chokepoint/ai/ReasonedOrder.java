package chokepoint.ai;

import chokepoint.engine.order.Order;

/** An order an AI gives with its reason, built from the figures it decided on (rendered per language). */
public record ReasonedOrder(Order order, Reason reason) {}
