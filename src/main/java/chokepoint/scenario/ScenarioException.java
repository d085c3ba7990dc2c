package chokepoint.scenario;

import java.util.List;

/** A scenario could not be loaded; {@link #problems()} lists everything that is wrong, in file order where possible. */
public final class ScenarioException extends ProblemException {
    private static final long serialVersionUID = 1L;

    public ScenarioException(List<Problem> problems) {
        super(problems, heading(problems));
    }

    public ScenarioException(Problem problem) {
        this(List.of(problem));
    }

    /** "2 problems in scenario x.json:" and one line each, also for a single problem (the CLI prints it so). */
    private static String heading(List<Problem> problems) {
        if (problems == null || problems.isEmpty()) return "";
        StringBuilder sb = new StringBuilder();
        sb.append(problems.size() == 1 ? "1 problem" : problems.size() + " problems");
        sb.append(" in scenario ").append(problems.get(0).file()).append(':');
        for (Problem p : problems) sb.append("\n  ").append(p);
        return sb.toString();
    }
}
