package chokepoint.ui.app;

import chokepoint.text.Messages;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Strings of the game window (menus, setup, hand-off, orders, report) and the news templates, from the UTF-8
 * bundles {@code i18n/ui*.properties} and {@code i18n/news*.properties}. The language is "en" or "ja" and can
 * change at runtime; listeners are told.
 */
public final class Texts {
    public static final String UI_BUNDLE = Messages.UI_BUNDLE;
    public static final String NEWS_BUNDLE = Messages.NEWS_BUNDLE;
    public static final List<String> LANGUAGES = List.of("en", "ja");

    private static final List<Consumer<String>> LISTENERS = new CopyOnWriteArrayList<>();
    private static volatile String language = "en";
    private static volatile Messages messages = Messages.of("en");

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
        messages = Messages.of(target);
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
        return messages.has(key) || CommonI18nBridge.has(key);
    }

    /** The message for key, formatted with MessageFormat when there are arguments; "!key!" when missing. */
    public static String get(String key, Object... args) {
        String s = messages.format(key, args);
        return s != null ? s : CommonI18nBridge.get(key, args);
    }

    /** A message when the key exists, else the fallback. */
    public static String getOr(String key, String fallback, Object... args) {
        return has(key) ? get(key, args) : fallback;
    }

    /** The raw bundle for a language (tests compare keys). */
    public static ResourceBundle bundle(String baseName, String lang) {
        return Messages.bundle(baseName, lang);
    }
}
