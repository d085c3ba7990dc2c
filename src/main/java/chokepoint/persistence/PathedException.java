package chokepoint.persistence;

import com.google.gson.JsonParseException;

/**
 * A problem found while turning JSON into engine objects, with the JSON path where it is, relative to the
 * tree being read (starting with {@code $}). Internal: callers turn it into a {@link SaveException} or a
 * problem list with the absolute path.
 */
final class PathedException extends JsonParseException {
    private static final long serialVersionUID = 1L;

    final String path;
    final String problem;

    PathedException(String path, String problem) {
        super(path + ": " + problem);
        this.path = path;
        this.problem = problem;
    }

    /** The same problem seen from a tree that contains this one at {@code prefix}. */
    PathedException under(String prefix) {
        return new PathedException(join(prefix, path), problem);
    }

    /** Joins an absolute prefix path ({@code $.game}) and a relative path ({@code $[2].mode}). */
    static String join(String prefix, String relative) {
        if (relative == null || relative.equals("$")) return prefix;
        if (relative.startsWith("$")) return prefix + relative.substring(1);
        return prefix + "." + relative;
    }
}
