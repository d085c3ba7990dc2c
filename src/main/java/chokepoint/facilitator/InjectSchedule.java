package chokepoint.facilitator;

import chokepoint.engine.scenario.EventDef;
import chokepoint.engine.scenario.Scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The facilitator's scheduled injects: an editable list of (turn, inject), prepared before the exercise or added
 * live. Entries fire through {@link Facilitator#fireDueInjects()} at the start of their turn. Save {@link #entries()}
 * with the game; {@link #of(List)} restores it.
 */
public final class InjectSchedule {
    private final List<ScheduledInject> entries = new ArrayList<>();
    private int nextKey = 1;

    public static InjectSchedule of(List<ScheduledInject> saved) {
        InjectSchedule s = new InjectSchedule();
        for (ScheduledInject e : saved) {
            s.entries.add(e);
            s.nextKey = Math.max(s.nextKey, keyNumber(e.key()) + 1);
        }
        s.sort();
        return s;
    }

    /** Entries in turn order. */
    public List<ScheduledInject> entries() {
        return List.copyOf(entries);
    }

    public ScheduledInject add(int turn, Inject inject) {
        if (turn < 1) throw new IllegalArgumentException("turn must be 1 or later: " + turn);
        ScheduledInject e = new ScheduledInject("s" + nextKey++, turn, inject);
        entries.add(e);
        sort();
        return e;
    }

    /** Replaces the entry with the same key (edit of turn or inject). */
    public void replace(String key, int turn, Inject inject) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).key().equals(key)) {
                entries.set(i, new ScheduledInject(key, turn, inject));
                sort();
                return;
            }
        }
        throw new IllegalArgumentException("no scheduled inject " + key);
    }

    public boolean remove(String key) {
        return entries.removeIf(e -> e.key().equals(key));
    }

    /**
     * The entries still to fire from {@code fromTurn} on, as the events they become (each with its entry's turn and
     * event id), for studies that play the game on; entries with problems in {@code sc} are left out, as
     * {@link Facilitator#fireDueInjects()} would not apply them either.
     */
    public static List<EventDef> upcomingEvents(List<ScheduledInject> entries, int fromTurn, Scenario sc) {
        List<EventDef> out = new ArrayList<>();
        for (ScheduledInject e : entries) {
            if (e.turn() < fromTurn || !InjectCheck.problems(e.inject(), sc).isEmpty()) continue;
            out.add(e.inject().toEvent(e.eventId(), e.turn()));
        }
        return out;
    }

    public List<ScheduledInject> dueAt(int turn) {
        return entries.stream().filter(e -> e.turn() == turn).toList();
    }

    private void sort() {
        entries.sort(Comparator.comparingInt(ScheduledInject::turn).thenComparingInt(e -> keyNumber(e.key())));
    }

    private static int keyNumber(String key) {
        try {
            return Integer.parseInt(key.substring(1));
        } catch (RuntimeException e) {
            return 0;
        }
    }
}
