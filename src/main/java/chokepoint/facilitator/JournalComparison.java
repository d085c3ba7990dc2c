package chokepoint.facilitator;

import chokepoint.engine.scenario.Scenario;
import chokepoint.engine.state.TurnRecord;
import chokepoint.facilitator.Expectation.Direction;

import java.util.ArrayList;
import java.util.List;

/**
 * Expected beside actual: for each journal entry of turn T, the linked figure before the turn (record T-1) and
 * after it (record T), the direction it actually moved and whether that matches the expectation.
 */
public final class JournalComparison {
    private JournalComparison() {}

    /**
     * @param before figure at the end of the previous turn (null if no figure or unknown ids)
     * @param after figure after the turn (null if the turn is not resolved yet)
     * @param actual direction it moved (null when not known)
     * @param matched whether actual equals the expectation (null when there is nothing to compare)
     */
    public record Row(JournalEntry entry, Double before, Double after, Direction actual, Boolean matched) {}

    public static List<Row> compare(DecisionJournal journal, Scenario sc, List<TurnRecord> history) {
        List<Row> rows = new ArrayList<>();
        for (JournalEntry e : journal.entries()) rows.add(row(e, sc, history));
        return rows;
    }

    static Row row(JournalEntry e, Scenario sc, List<TurnRecord> history) {
        Expectation x = e.expectation();
        if (x == null || e.turn() - 1 >= history.size()) return new Row(e, null, null, null, null);
        Double before = value(x, sc, history.get(e.turn() - 1));
        if (before == null) return new Row(e, null, null, null, null);
        if (e.turn() >= history.size()) return new Row(e, before, null, null, null);
        Double after = value(x, sc, history.get(e.turn()));
        Direction actual = direction(x.figure(), before, after);
        return new Row(e, before, after, actual, x.direction() == null ? null : actual == x.direction());
    }

    /** The figure in one turn record, or null if the expectation names unknown ids. */
    public static Double value(Expectation x, Scenario sc, TurnRecord r) {
        int a = x.actor() == null ? -1 : sc.actorIndex(x.actor());
        int m = x.commodity() == null || x.stage() == null ? -1 : sc.marketIndex(x.commodity(), x.stage());
        return switch (x.figure()) {
            case PRICE -> m < 0 ? null : r.price[m];
            case SHORTAGE -> m < 0 || a < 0 ? null : r.shortageShare(a, m);
            case LEVERAGE -> {
                int b = x.other() == null ? -1 : sc.actorIndex(x.other());
                yield a < 0 || b < 0 ? null : r.leverage[a][b];
            }
            case GDP -> a < 0 ? null : r.gdpIndex[a];
            case TENSION -> r.tension;
        };
    }

    /** Up, down or about the same, with a dead band per figure so rounding noise counts as "same". */
    public static Direction direction(Expectation.Figure f, double before, double after) {
        double delta = after - before;
        double band = switch (f) {
            case PRICE -> 0.01 * Math.max(Math.abs(before), 1e-9);
            case SHORTAGE -> 0.005;
            case LEVERAGE, TENSION -> 0.5;
            case GDP -> 0.05;
        };
        if (delta > band) return Direction.UP;
        if (delta < -band) return Direction.DOWN;
        return Direction.SAME;
    }
}
