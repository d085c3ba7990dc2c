package chokepoint.engine.scenario;

/** Turn calendar: the first turn is {@code startPeriod} of {@code startYear}; a year has {@code periodsPerYear} turns. */
public record Calendar(int startYear, int startPeriod, int periodsPerYear, int turns) {

    /** Year of a turn numbered from 1. */
    public int yearOf(int turn) {
        int index = startPeriod - 1 + turn - 1;
        return startYear + Math.floorDiv(index, periodsPerYear);
    }

    /** Period within the year (1-based) of a turn numbered from 1. */
    public int periodOf(int turn) {
        int index = startPeriod - 1 + turn - 1;
        return Math.floorMod(index, periodsPerYear) + 1;
    }

    /** Days in one turn, used to express stocks as days of demand. */
    public double daysPerTurn() {
        return 365.0 / periodsPerYear;
    }

    /** Short label such as "Q2 2025" (quarters) or "2026" (years) or "H1 2027". */
    public String label(int turn) {
        int y = yearOf(turn);
        return switch (periodsPerYear) {
            case 1 -> Integer.toString(y);
            case 2 -> "H" + periodOf(turn) + " " + y;
            case 4 -> "Q" + periodOf(turn) + " " + y;
            case 12 -> String.format("%d-%02d", y, periodOf(turn));
            default -> "P" + periodOf(turn) + " " + y;
        };
    }
}
