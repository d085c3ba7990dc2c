package chokepoint.persistence;

import chokepoint.scenario.Problem;

import java.util.List;

/**
 * A saved game (or an order file) could not be read. The message names the file, the JSON path and the problem
 * for each problem found; nothing half-loaded is ever returned alongside it.
 */
public final class SaveException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public SaveException(List<Problem> problems) {
        super(describe(problems));
        if (problems.isEmpty()) throw new IllegalArgumentException("a SaveException needs at least one problem");
        this.problems = List.copyOf(problems);
    }

    public SaveException(String file, String jsonPath, String message) {
        this(List.of(new Problem(file, jsonPath, message)));
    }

    /** Every problem found (never empty). */
    public List<Problem> problems() {
        return problems;
    }

    private static String describe(List<Problem> problems) {
        if (problems.size() == 1) return problems.get(0).toString();
        StringBuilder sb = new StringBuilder(problems.size() + " problems in " + problems.get(0).file() + ":");
        for (Problem p : problems) sb.append("\n  ").append(p);
        return sb.toString();
    }
}
