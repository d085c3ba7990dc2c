package chokepoint.scenario;

import java.util.List;

/**
 * A file could not be read: a scenario, a save, an order file or an inject file. {@link #problems()} lists every
 * problem found, each naming the file, the JSON path and what is wrong; the message lists them too. Never thrown
 * with an empty list, and nothing half-read is ever returned alongside it.
 */
public abstract class ProblemException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    protected ProblemException(List<Problem> problems) {
        this(problems, describe(nonEmpty(problems)));
    }

    protected ProblemException(List<Problem> problems, String message) {
        super(message);
        this.problems = List.copyOf(nonEmpty(problems));
    }

    /** Every problem found (never empty). */
    public List<Problem> problems() {
        return problems;
    }

    /** One problem as "file: path: message"; several as a heading and one indented line each. */
    protected static String describe(List<Problem> problems) {
        if (problems.size() == 1) return problems.get(0).toString();
        StringBuilder sb = new StringBuilder(problems.size() + " problems in " + problems.get(0).file() + ":");
        for (Problem p : problems) sb.append("\n  ").append(p);
        return sb.toString();
    }

    private static List<Problem> nonEmpty(List<Problem> problems) {
        if (problems == null || problems.isEmpty()) throw new IllegalArgumentException("needs at least one problem");
        return problems;
    }
}
