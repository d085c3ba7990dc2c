package chokepoint.ai;

import chokepoint.engine.order.Order;

/** An order an AI gives with a one-line English reason built from the figures it decided on. */
public record ReasonedOrder(Order order, String reason) {}
