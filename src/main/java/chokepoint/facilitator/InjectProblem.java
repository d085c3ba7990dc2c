package chokepoint.facilitator;

import chokepoint.text.Messages;

import java.util.ArrayList;
import java.util.List;

/**
 * Why an inject was not applied ({@link InjectCheck}, or the game being over), as a message key plus arguments so
 * each reader gets it in their language, like the log lines {@link LogText} words: templates {@code inject.problem.*}
 * in {@code i18n/ui*.properties}. {@code args} are ids, JSON paths and effect kinds as written in the inject, shown as
 * given in every language. {@link #english()} is the fixed English sentence for logs, tests and the command line.
 */
public record InjectProblem(String key, List<String> args) {
    public static final String BAD_ID = "inject.problem.id";
    public static final String NO_TITLE = "inject.problem.noTitle";
    public static final String NO_EFFECTS = "inject.problem.noEffects";
    public static final String NO_KIND = "inject.problem.noKind";
    public static final String UNKNOWN_ACTOR = "inject.problem.actor";
    public static final String UNKNOWN_TARGET = "inject.problem.target";
    public static final String UNKNOWN_MODE = "inject.problem.mode";
    public static final String UNKNOWN_COMMODITY = "inject.problem.commodity";
    public static final String UNKNOWN_MARKET = "inject.problem.market";
    public static final String GAME_OVER = "inject.problem.gameOver";
    /** Every key, for tests that check each has a template in both languages. */
    public static final List<String> KEYS = List.of(BAD_ID, NO_TITLE, NO_EFFECTS, NO_KIND, UNKNOWN_ACTOR,
            UNKNOWN_TARGET, UNKNOWN_MODE, UNKNOWN_COMMODITY, UNKNOWN_MARKET, GAME_OVER);

    public InjectProblem {
        args = List.copyOf(args);
    }

    /** A problem from its key and its placeholders' values in template order (each written as {@code String.valueOf}). */
    public static InjectProblem of(String key, Object... values) {
        List<String> args = new ArrayList<>(values.length);
        for (Object v : values) args.add(String.valueOf(v));
        return new InjectProblem(key, args);
    }

    /** The problem in a language ("ja", anything else English). */
    public String in(String lang) {
        return Messages.of(lang).getOr(key, key + " " + args, args.toArray());
    }

    /** The problem in English, e.g. {@code effects[0] (BUDGET): unknown actor 'XXX' in scenario 2025}. */
    public String english() {
        return in("en");
    }

    /** Several problems of one inject on one line, in a language. */
    public static String join(List<InjectProblem> problems, String lang) {
        String separator = Messages.of(lang).getOr("inject.problem.separator", "; ");
        return String.join(separator, problems.stream().map(p -> p.in(lang)).toList());
    }

    @Override
    public String toString() {
        return english();
    }
}
