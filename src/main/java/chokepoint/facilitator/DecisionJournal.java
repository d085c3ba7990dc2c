package chokepoint.facilitator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Every seat's decision journal: per turn, the effect it expects from its orders. A plain list of
 * {@link JournalEntry} records, saved with the game ({@link #entries()}, restored with {@link #of(List)}).
 * A seat has at most one entry per turn; writing again replaces it.
 */
public final class DecisionJournal {
    private final List<JournalEntry> entries = new ArrayList<>();

    public static DecisionJournal of(List<JournalEntry> saved) {
        DecisionJournal j = new DecisionJournal();
        for (JournalEntry e : saved) j.write(e);
        return j;
    }

    public void write(JournalEntry e) {
        if (e.seat() == null || e.turn() < 1) throw new IllegalArgumentException("journal entry needs a seat and a turn >= 1");
        entries.removeIf(x -> x.turn() == e.turn() && x.seat().equals(e.seat()));
        entries.add(e);
        entries.sort(Comparator.comparingInt(JournalEntry::turn).thenComparing(JournalEntry::seat));
    }

    public List<JournalEntry> entries() {
        return List.copyOf(entries);
    }

    /** A seat's own entries (what its player may read back during the game). */
    public List<JournalEntry> of(String seat) {
        List<JournalEntry> out = new ArrayList<>();
        for (JournalEntry e : entries) if (e.seat().equals(seat)) out.add(e);
        return out;
    }

    public java.util.Optional<JournalEntry> get(int turn, String seat) {
        return entries.stream().filter(e -> e.turn() == turn && e.seat().equals(seat)).findFirst();
    }

    /** Removes entries of turns after {@code turnsKept} + 1 (after a rollback the replayed turn is written again). */
    public void dropAfter(int turn) {
        entries.removeIf(e -> e.turn() > turn);
    }
}
