package chokepoint.facilitator;

/**
 * One decision-journal note: what a seat expects from its orders for a turn, in its own words, optionally tied to
 * a figure and direction ({@code expectation} may be null). Private to the seat until the debrief.
 */
public record JournalEntry(int turn, String seat, String text, Expectation expectation) {
    public JournalEntry {
        text = text == null ? "" : text;
    }
}
