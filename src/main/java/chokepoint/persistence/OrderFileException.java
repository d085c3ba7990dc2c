package chokepoint.persistence;

import chokepoint.scenario.Problem;

import java.util.List;

/** An order file could not be read; {@link #problems()} lists every bad entry with file, JSON path and problem. */
public final class OrderFileException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public OrderFileException(List<Problem> problems) {
        super(describe(problems));
        if (problems.isEmpty()) throw new IllegalArgumentException("needs at least one problem");
        this.problems = List.copyOf(problems);
    }

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
