package chokepoint.facilitator.io;

import chokepoint.scenario.Problem;
import chokepoint.scenario.ProblemException;

import java.util.List;

/** An inject file could not be read; each problem names the file, the JSON path and what is wrong. */
public final class InjectFileException extends ProblemException {
    private static final long serialVersionUID = 1L;

    public InjectFileException(List<Problem> problems) {
        super(problems);
    }
}
