package chokepoint.ui.app;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Strings of the game window (menus, setup, hand-off, orders, report) and the news templates, from the UTF-8
 * bundles {@code i18n/ui*.properties} and {@code i18n/news*.properties}. The language is "en" or "ja" and can
 * change at runtime; listeners are told.
 */
public final class Texts {
    public static final String UI_BUNDLE = "i18n/ui";
    public static final String NEWS_BUNDLE = "i18n/news";
    public static final List<String> LANGUAGES = List.of("en", "ja");

    private static final List<Consumer<String>> LISTENERS = new CopyOnWriteArrayList<>();
    private static volatile String language = "en";
    private static volatile List<ResourceBundle> bundles = bundles("en");

    private Texts() {}

    public static String language() {
        return language;
    }

    public static Locale locale() {
        return "ja".equals(language) ? Locale.JAPANESE : Locale.ENGLISH;
    }

    /** Switches language ("ja" or anything else = "en") and tells listeners when it changed. */
    public static void setLanguage(String lang) {
        String target = "ja".equals(lang) ? "ja" : "en";
        CommonI18nBridge.setLocale(target);
        if (target.equals(language)) return;
        bundles = bundles(target);
        language = target;
        for (Consumer<String> l : LISTENERS) l.accept(target);
    }

    public static void addListener(Consumer<String> l) {
        LISTENERS.add(l);
    }

    public static void removeListener(Consumer<String> l) {
        LISTENERS.remove(l);
    }

    public static boolean has(String key) {
        for (ResourceBundle b : bundles) if (b.containsKey(key)) return true;
        return CommonI18nBridge.has(key);
    }

    /** The message for key, formatted with MessageFormat when there are arguments; "!key!" when missing. */
    public static String get(String key, Object... args) {
        String pattern = null;
        for (ResourceBundle b : bundles) {
            if (b.containsKey(key)) {
                pattern = b.getString(key);
                break;
            }
        }
        if (pattern == null) return CommonI18nBridge.get(key, args);
        if (args == null || args.length == 0) return pattern.replace("''", "'");
        return new MessageFormat(pattern, locale()).format(args);
    }

    /** A message when the key exists, else the fallback. */
    public static String getOr(String key, String fallback, Object... args) {
        return has(key) ? get(key, args) : fallback;
    }

    /** The raw bundle for a language (tests compare keys). */
    public static ResourceBundle bundle(String baseName, String lang) {
        return ResourceBundle.getBundle(baseName, "ja".equals(lang) ? Locale.JAPANESE : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static List<ResourceBundle> bundles(String lang) {
        try {
            return List.of(bundle(UI_BUNDLE, lang), bundle(NEWS_BUNDLE, lang));
        } catch (MissingResourceException e) {
            return List.of();
        }
    }
}
