package chokepoint.engine.order;

import chokepoint.engine.state.GameState;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks one seat's orders one at a time, each against the orders accepted before it (duplicates, cumulative action
 * points and budget): {@link OrderValidator#validateAll} is this checker run over a set. Building a set order by
 * order (the AI's greedy choice) then costs one check per order instead of rechecking the whole set each time.
 */
public final class OrderChecker {
    private final GameState s;
    private final String actor;
    private final Set<String> seen = new HashSet<>();
    private int apLeft;
    private double budgetLeft;

    OrderChecker(GameState s, String actor) {
        this.s = s;
        this.actor = actor;
        int a = s.scenario.actorIndex(actor);
        apLeft = a < 0 ? 0 : s.scenario.actors().get(a).actionPoints();
        budgetLeft = a < 0 ? 0 : s.budget[a];
    }

    /** A checker with no orders accepted yet. */
    public static OrderChecker of(GameState s, String actor) {
        return new OrderChecker(s, actor);
    }

    /**
     * Problems of {@code o} after the orders accepted so far, as {@link OrderValidator#validateAll} reports them:
     * an order that passes its own checks takes its duplicate key even when the budget or action points then
     * reject it; without problems it is accepted and its cost counted.
     */
    public List<Rejection> add(Order o) {
        return check(o, true);
    }

    /**
     * Problems of {@code o} if it were added to the orders accepted so far; only an order without problems is
     * accepted (key and cost), a rejected one leaves no trace. Greedy set building: the answer is that of
     * {@code validateAll} for the accepted orders followed by {@code o}.
     */
    public List<Rejection> tryAdd(Order o) {
        return check(o, false);
    }

    private List<Rejection> check(Order o, boolean keyEvenIfRejected) {
        List<Rejection> r = new ArrayList<>();
        OrderValidator.check(s, actor, o, r);
        String key = r.isEmpty() ? OrderValidator.duplicateKey(o) : null;
        if (key != null && (keyEvenIfRejected ? !seen.add(key) : seen.contains(key))) {
            r.add(Rejection.of(RejectionCode.DUPLICATE_ORDER, "type", o.type()));
        }
        if (r.isEmpty()) {
            OrderCost c = OrderCosts.of(s, o);
            if (c.actionPoints() > apLeft) {
                r.add(Rejection.of(RejectionCode.NOT_ENOUGH_ACTION_POINTS, "actionPoints", c.actionPoints(), apLeft));
            } else if (c.budget() > budgetLeft + 1e-9) {
                r.add(Rejection.of(RejectionCode.NOT_ENOUGH_BUDGET, "budget", OrderValidator.fmt(c.budget()),
                        OrderValidator.fmt(budgetLeft)));
            } else {
                if (!keyEvenIfRejected) seen.add(key);
                apLeft -= c.actionPoints();
                budgetLeft -= c.budget();
            }
        }
        return r;
    }
}
