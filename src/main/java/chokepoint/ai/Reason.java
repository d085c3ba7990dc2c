package chokepoint.ai;

import java.util.ArrayList;
import java.util.List;

/**
 * Why an AI gave an order (or what it decided in a turn), as a message key plus arguments so each language renders
 * it (templates in assets/i18n/reasons*.properties, rendered by {@code chokepoint.text.ReasonFormatter}), like
 * engine news. {@code args} are ids, names or figures written as {@code Double.toString} (so every language formats
 * them itself); {@code parts} are nested reasons (a clause, a label). The key's argument signature in the formatter
 * says which template placeholder takes which arg or part.
 */
public record Reason(String key, List<String> args, List<Reason> parts) {
    /** Key of a reason kept as plain text, e.g. from a save made before reasons had keys (always English). */
    public static final String PLAIN = "ai.plain";
    /** No reason: what the AI's hot path gives (it never explains). */
    public static final Reason NONE = new Reason("", List.of(), List.of());

    public Reason {
        args = List.copyOf(args);
        parts = List.copyOf(parts);
    }

    /**
     * A reason from its key and its placeholders' values in template order: a {@link Reason} or a list of them is a
     * part, a number its exact figure, anything else its string.
     */
    public static Reason of(String key, Object... values) {
        List<String> args = new ArrayList<>(values.length);
        List<Reason> parts = new ArrayList<>(2);
        for (Object v : values) {
            if (v instanceof Reason r) {
                parts.add(r);
            } else if (v instanceof List<?> list) {
                for (Object o : list) parts.add((Reason) o);
            } else if (v instanceof Double d) {
                args.add(Double.toString(d));
            } else {
                args.add(String.valueOf(v));
            }
        }
        return new Reason(key, args, parts);
    }

    /** A reason that is only text (shown as given in every language). */
    public static Reason plain(String text) {
        return new Reason(PLAIN, List.of(text), List.of());
    }

    public boolean isEmpty() {
        return key.isEmpty();
    }
}
