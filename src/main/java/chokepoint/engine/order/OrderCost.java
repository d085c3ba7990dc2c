package chokepoint.engine.order;

/** What an order costs: action points and policy budget (US$ bn). */
public record OrderCost(int actionPoints, double budget) {
    public static final OrderCost FREE = new OrderCost(0, 0);

    public OrderCost plus(OrderCost o) {
        return new OrderCost(actionPoints + o.actionPoints, budget + o.budget);
    }
}
