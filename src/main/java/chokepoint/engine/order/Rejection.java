package chokepoint.engine.order;

import java.util.List;

/**
 * A typed, explainable reason an order cannot be given: the code, the order field it concerns, and
 * arguments for the message (e.g. the budget needed and the budget left).
 */
public record Rejection(RejectionCode code, String field, List<String> args) {
    public static Rejection of(RejectionCode code, String field, Object... args) {
        String[] s = new String[args.length];
        for (int i = 0; i < args.length; i++) s[i] = String.valueOf(args[i]);
        return new Rejection(code, field, List.of(s));
    }

    /** A plain English explanation for logs and the command line (the UI translates by code instead). */
    public String describe() {
        return code + " (" + field + ")" + (args.isEmpty() ? "" : ": " + String.join(", ", args));
    }
}
