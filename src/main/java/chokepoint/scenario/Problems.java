package chokepoint.scenario;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one file while it is read and checked. */
final class Problems {
    /** Hostile files could produce millions of problems; stop collecting after this many. */
    static final int LIMIT = 500;

    private final String file;
    private final List<Problem> list = new ArrayList<>();
    private boolean truncated;

    Problems(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    void add(String path, String message) {
        if (list.size() < LIMIT) {
            list.add(new Problem(file, path, message));
        } else if (!truncated) {
            truncated = true;
            list.add(new Problem(file, "$", "more than " + LIMIT + " problems; the rest are not listed"));
        }
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    List<Problem> list() {
        return List.copyOf(list);
    }

    void throwIfAny() throws ScenarioException {
        if (!list.isEmpty()) throw new ScenarioException(list);
    }
}
