package chokepoint.scenario;

import java.util.List;

/** A scenario could not be loaded; {@link #problems()} lists everything that is wrong, in file order where possible. */
public final class ScenarioException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public ScenarioException(List<Problem> problems) {
        super(describe(problems));
        if (problems.isEmpty()) throw new IllegalArgumentException("a ScenarioException needs at least one problem");
        this.problems = List.copyOf(problems);
    }

    public ScenarioException(Problem problem) {
        this(List.of(problem));
    }

    /** Every problem found (never empty). */
    public List<Problem> problems() {
        return problems;
    }

    private static String describe(List<Problem> problems) {
        StringBuilder sb = new StringBuilder();
        sb.append(problems.size() == 1 ? "1 problem" : problems.size() + " problems");
        sb.append(" in scenario ").append(problems.isEmpty() ? "?" : problems.get(0).file()).append(':');
        for (Problem p : problems) sb.append("\n  ").append(p);
        return sb.toString();
    }
}
