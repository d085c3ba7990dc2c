package chokepoint.text;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The game's translated strings in one language ("en" or "ja"): the UTF-8 bundles {@code i18n/ui},
 * {@code i18n/news} and {@code i18n/reasons} (the AI's reasons; English is the root bundle). Immutable and shared: one instance per language.
 */
public final class Messages {
    public static final String UI_BUNDLE = "i18n/ui";
    public static final String NEWS_BUNDLE = "i18n/news";
    public static final String REASONS_BUNDLE = "i18n/reasons";

    private static final Map<String, Messages> BY_LANGUAGE = new ConcurrentHashMap<>();

    private final String lang;
    private final List<ResourceBundle> bundles;

    private Messages(String lang) {
        this.lang = lang;
        List<ResourceBundle> found;
        try {
            found = List.of(bundle(UI_BUNDLE, lang), bundle(NEWS_BUNDLE, lang), bundle(REASONS_BUNDLE, lang));
        } catch (MissingResourceException e) {
            found = List.of();
        }
        this.bundles = found;
    }

    /** The strings of a language; anything but "ja" is English. */
    public static Messages of(String lang) {
        return BY_LANGUAGE.computeIfAbsent("ja".equals(lang) ? "ja" : "en", Messages::new);
    }

    /** One raw bundle of a language, without fallback to English (tests compare keys). */
    public static ResourceBundle bundle(String baseName, String lang) {
        return ResourceBundle.getBundle(baseName, "ja".equals(lang) ? Locale.JAPANESE : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public String lang() {
        return lang;
    }

    public Locale locale() {
        return "ja".equals(lang) ? Locale.JAPANESE : Locale.ENGLISH;
    }

    public boolean has(String key) {
        return pattern(key) != null;
    }

    /** The unformatted message, or null when no bundle has the key. */
    public String pattern(String key) {
        for (ResourceBundle b : bundles) if (b.containsKey(key)) return b.getString(key);
        return null;
    }

    /** The message formatted with its arguments, or null when no bundle has the key. */
    public String format(String key, Object... args) {
        String p = pattern(key);
        if (p == null) return null;
        // without arguments MessageFormat is not applied, but its quote doubling still is
        if (args == null || args.length == 0) return p.replace("''", "'");
        return new MessageFormat(p, locale()).format(args);
    }

    /** The formatted message, or the fallback when no bundle has the key. */
    public String getOr(String key, String fallback, Object... args) {
        String s = format(key, args);
        return s == null ? fallback : s;
    }
}
