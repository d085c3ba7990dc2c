package chokepoint.engine;

import chokepoint.engine.order.OrderCost;
import chokepoint.engine.order.Rejection;

import java.util.List;

/**
 * What an order would cost and its expected first effect, before it is submitted.
 *
 * @param problems empty when the order is valid together with the seat's other pending orders
 * @param effects the largest changes one turn later, compared with not giving the order
 */
public record OrderPreview(OrderCost cost, List<Rejection> problems, List<Change> effects) {

    /**
     * One expected change. kind: PRICE (market), SHORTAGE (actor, market: share of demand), GDP (actor: index),
     * BUDGET (actor: US$ bn), LEVERAGE (actor = other side: the seat's leverage over it).
     */
    public record Change(Kind kind, String actor, String market, double before, double after) {
        public enum Kind { PRICE, SHORTAGE, GDP, BUDGET, LEVERAGE }

        public double delta() {
            return after - before;
        }
    }
}
