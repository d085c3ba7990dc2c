package chokepoint.facilitator.io;

import chokepoint.scenario.Problem;

import java.util.List;
import java.util.stream.Collectors;

/** An inject file could not be read; each problem names the file, the JSON path and what is wrong. */
public final class InjectFileException extends Exception {
    private final List<Problem> problems;

    public InjectFileException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() { return problems; }
}
