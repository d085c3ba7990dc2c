package chokepoint.ui.facilitator;

import chokepoint.engine.scenario.Text;
import chokepoint.ui.common.I18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Strings of the facilitator console and projector ({@code i18n/facilitator*.properties}) in the UI language. */
final class FacText {
    private FacText() {}

    static String lang() {
        return "ja".equals(I18n.getLocale().getLanguage()) ? "ja" : "en";
    }

    static String t(String key, Object... args) {
        Locale l = "ja".equals(lang()) ? Locale.JAPANESE : Locale.ENGLISH;
        try {
            String p = ResourceBundle.getBundle("i18n/facilitator", l,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
            return new MessageFormat(p, l).format(args);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    static String in(Text text) {
        return text == null ? "" : text.in(lang());
    }
}
