package chokepoint.scenario;

import java.util.regex.Pattern;

/** Spelling rules for ids in scenario files. */
enum IdStyle {
    /** Commodities, stages, sectors, projects, events, objectives, alliances: e.g. {@code ndpr}, {@code us-japan}. */
    LOWER("[a-z0-9][a-z0-9_.-]{0,63}", "a lower-case id (a-z, 0-9, _ . -)"),
    /** Actors: ISO alpha-3 style upper case, e.g. {@code JPN}, {@code EU}, {@code ROW}. */
    ACTOR("[A-Z][A-Z0-9_-]{0,31}", "an upper-case actor id (A-Z, 0-9, _ -)"),
    /** Actor ids or "*" (everyone / the project's owner, where the format allows it). */
    ACTOR_OR_STAR("\\*|[A-Z][A-Z0-9_-]{0,31}", "an upper-case actor id or \"*\""),
    /** Map ids: ISO 3166-1 numeric codes as strings, e.g. {@code "392"}. */
    MAP("[0-9A-Za-z_-]{1,16}", "an ISO 3166-1 numeric code as a string, e.g. \"392\"");

    private final Pattern pattern;
    private final String description;

    IdStyle(String regex, String description) {
        this.pattern = Pattern.compile(regex);
        this.description = description;
    }

    boolean matches(String s) {
        return pattern.matcher(s).matches();
    }

    String description() {
        return description;
    }
}
