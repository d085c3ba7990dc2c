package chokepoint.analysis;

/** A {@code KEY=VALUE} assumption that cannot be used: names the key and says what is wrong with it. */
public final class AssumptionException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String key;
    private final String problem;

    public AssumptionException(String key, String problem) {
        super(key + ": " + problem);
        this.key = key;
        this.problem = problem;
    }

    public String key() { return key; }

    public String problem() { return problem; }
}
