package chokepoint.facilitator.report;

import chokepoint.engine.state.NewsItem;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * One news item as a line of text in English or Japanese: the game's news templates ({@code i18n/news}) first,
 * then the report's own ({@code i18n/aar}); ids in the arguments become names through {@code name}.
 */
public final class NewsLines {
    private NewsLines() {}

    public static String render(NewsItem n, String lang, Function<String, String> name) {
        Locale l = "ja".equals(lang) ? Locale.JAPANESE : Locale.ENGLISH;
        if ("news.event".equals(n.key()) && !n.args().isEmpty()) return name.apply(n.args().get(0));
        List<Object> args = new ArrayList<>();
        for (String a : n.args()) args.add(name.apply(a));
        for (String bundle : List.of("i18n/news", "i18n/aar")) {
            ResourceBundle b = bundle(bundle, l);
            if (b != null && b.containsKey(n.key())) return new MessageFormat(b.getString(n.key()), l).format(args.toArray());
        }
        return n.key().replaceFirst("^news\\.", "") + (args.isEmpty() ? "" : " " + args);
    }

    static ResourceBundle bundle(String name, Locale l) {
        try {
            return ResourceBundle.getBundle(name, l, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
