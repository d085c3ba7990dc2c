package chokepoint.persistence;

import chokepoint.scenario.Problem;
import chokepoint.scenario.ProblemException;

import java.util.List;

/**
 * A saved game could not be read. The message names the file, the JSON path and the problem for each problem
 * found; nothing half-loaded is ever returned alongside it.
 */
public final class SaveException extends ProblemException {
    private static final long serialVersionUID = 1L;

    public SaveException(List<Problem> problems) {
        super(problems);
    }

    public SaveException(String file, String jsonPath, String message) {
        this(List.of(new Problem(file, jsonPath, message)));
    }
}
