package chokepoint.ui.common;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * UI strings from the classpath bundle {@value #BUNDLE} (English base file, Japanese
 * {@code messages_ja.properties}, both UTF-8). The locale can change at runtime; listeners are
 * told so that screens can relabel themselves. Call from the JavaFX thread when the UI listens.
 */
public final class I18n {

    public static final String BUNDLE = "i18n/messages";
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale JAPANESE = Locale.JAPANESE;
    public static final List<Locale> SUPPORTED = List.of(ENGLISH, JAPANESE);

    private static final Logger LOG = Logger.getLogger(I18n.class.getName());
    private static final List<Consumer<Locale>> LISTENERS = new CopyOnWriteArrayList<>();
    private static volatile Locale locale = ENGLISH;
    private static volatile ResourceBundle bundle = bundleFor(ENGLISH);

    private I18n() {}

    /** The bundle for a locale without falling back to the JVM default locale. */
    public static ResourceBundle bundleFor(Locale l) {
        return ResourceBundle.getBundle(BUNDLE, l,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Locale getLocale() {
        return locale;
    }

    /** Switches language (English for unsupported locales) and notifies listeners if it changed. */
    public static void setLocale(Locale l) {
        Locale target = JAPANESE.getLanguage().equals(l == null ? "" : l.getLanguage())
            ? JAPANESE : ENGLISH;
        if (target.equals(locale)) {
            return;
        }
        bundle = bundleFor(target);
        locale = target;
        for (Consumer<Locale> listener : LISTENERS) {
            listener.accept(target);
        }
    }

    /** The message for key formatted with MessageFormat; "!key!" if missing. */
    public static String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            LOG.warning("missing message key " + key);
            return "!" + key + "!";
        }
        if (args == null || args.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, locale).format(args);
    }

    public static boolean has(String key) {
        return bundle.containsKey(key);
    }

    public static void addListener(Consumer<Locale> listener) {
        LISTENERS.add(listener);
    }

    public static void removeListener(Consumer<Locale> listener) {
        LISTENERS.remove(listener);
    }
}
