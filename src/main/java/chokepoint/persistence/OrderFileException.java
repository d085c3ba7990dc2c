package chokepoint.persistence;

import chokepoint.scenario.Problem;
import chokepoint.scenario.ProblemException;

import java.util.List;

/** An order file could not be read; {@link #problems()} lists every bad entry with file, JSON path and problem. */
public final class OrderFileException extends ProblemException {
    private static final long serialVersionUID = 1L;

    public OrderFileException(List<Problem> problems) {
        super(problems);
    }
}
