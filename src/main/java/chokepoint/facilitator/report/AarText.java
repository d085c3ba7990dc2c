package chokepoint.facilitator.report;

import chokepoint.engine.scenario.EventDef;
import chokepoint.engine.scenario.Scenario;
import chokepoint.engine.state.NewsItem;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Report strings in English or Japanese from {@code assets/i18n/aar*.properties}; news from the game's news templates ({@code i18n/news}), with the report's own as fallback. */
final class AarText {
    private final String lang;
    private final Locale locale;
    private final ResourceBundle aar;
    private final Scenario sc;

    AarText(String lang, Scenario sc) {
        this.lang = "ja".equals(lang) ? "ja" : "en";
        this.locale = "ja".equals(this.lang) ? Locale.JAPANESE : Locale.ENGLISH;
        this.aar = bundle("i18n/aar", locale);
        this.sc = sc;
    }

    private static ResourceBundle bundle(String name, Locale l) {
        try {
            return ResourceBundle.getBundle(name, l, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        } catch (MissingResourceException e) {
            return null;
        }
    }

    String lang() { return lang; }

    String t(String key, Object... args) {
        String p;
        try {
            p = aar.getString(key);
        } catch (MissingResourceException | NullPointerException e) {
            return "!" + key + "!";
        }
        return new MessageFormat(p, locale).format(args);
    }

    String actor(String id) {
        return sc.actor(id).map(a -> a.name().in(lang)).orElse(id == null ? "" : id);
    }

    String actor(int index) {
        return index < 0 || index >= sc.actorCount() ? "" : sc.actors().get(index).name().in(lang);
    }

    String market(String commodity, String stage) {
        String c = sc.commodity(commodity).map(x -> x.name().in(lang)).orElse(commodity);
        String s = stage;
        for (var st : sc.stages()) if (st.id().equals(stage)) s = st.name().in(lang);
        return c + " (" + s + ")";
    }

    /** A news argument as display text: ids of actors, markets, sectors, projects and commodities become names. */
    String arg(String a) {
        if (a == null) return "";
        if ("*".equals(a)) return t("arg.everyone");
        if (a.equals("BAN") || a.equals("LICENCE") || a.equals("QUOTA")) return t("arg.mode." + a);
        if (sc.actorIndex(a) >= 0) return actor(a);
        int slash = a.indexOf('/');
        if (slash > 0 && sc.marketIndex(a.substring(0, slash), a.substring(slash + 1)) >= 0) {
            return market(a.substring(0, slash), a.substring(slash + 1));
        }
        if (a.contains("+")) {
            List<String> parts = new ArrayList<>();
            for (String p : a.split("\\+")) parts.add(sc.actorIndex(p) >= 0 ? actor(p) : p);
            return String.join(", ", parts);
        }
        for (var s : sc.sectors()) if (s.id().equals(a)) return s.name().in(lang);
        for (var p : sc.projects()) if (p.id().equals(a)) return p.name().in(lang);
        int c = sc.commodityIndex(a);
        if (c >= 0) return commodityName(c);
        return a;
    }

    String commodityName(int commodity) {
        return sc.commodities().get(commodity).name().in(lang);
    }

    String eventTitle(String id) {
        for (EventDef e : sc.events()) if (e.id().equals(id)) return e.title().in(lang);
        return id;
    }

    /** A news line in the report language; ids become names. */
    String news(NewsItem n) {
        return NewsLines.render(n, lang, a -> "news.event".equals(n.key()) ? eventTitle(a) : arg(a));
    }
}
