package chokepoint.ui.app;

import chokepoint.ui.common.I18n;

/** Keeps the shared map/timeline strings ({@link I18n}) on the same language and falls back to them. */
final class CommonI18nBridge {
    private CommonI18nBridge() {}

    static void setLocale(String lang) {
        I18n.setLocale("ja".equals(lang) ? I18n.JAPANESE : I18n.ENGLISH);
    }

    static boolean has(String key) {
        return I18n.has(key);
    }

    static String get(String key, Object... args) {
        return I18n.get(key, args);
    }
}
