package chokepoint.ui.settings;

/**
 * The player's preferences: language ("en"/"ja"), large text for projectors, colour palette name (of the map's
 * palettes).
 */
public record Settings(String language, boolean largeText, String palette) {
    public static final Settings DEFAULTS = new Settings("en", false, "");

    public Settings withLanguage(String l) {
        return new Settings(l, largeText, palette);
    }

    public Settings withLargeText(boolean b) {
        return new Settings(language, b, palette);
    }

    public Settings withPalette(String p) {
        return new Settings(language, largeText, p);
    }

    /** Fills missing or unknown values with defaults. */
    public Settings sane() {
        return new Settings("ja".equals(language) ? "ja" : "en", largeText, palette == null ? "" : palette);
    }
}
