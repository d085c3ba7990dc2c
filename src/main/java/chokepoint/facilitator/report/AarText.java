package chokepoint.facilitator.report;

import chokepoint.ai.Reason;
import chokepoint.engine.Game;
import chokepoint.engine.scenario.EventDef;
import chokepoint.engine.scenario.Scenario;
import chokepoint.engine.state.NewsItem;
import chokepoint.text.Messages;
import chokepoint.text.NewsFormatter;
import chokepoint.text.OrderText;
import chokepoint.text.ReasonFormatter;
import chokepoint.text.ScenarioNames;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Report strings in English or Japanese from {@code assets/i18n/aar*.properties}; news and AI reasons through the
 * game's {@link NewsFormatter} and {@link ReasonFormatter}.
 */
final class AarText {
    private final String lang;
    private final Locale locale;
    private final ResourceBundle aar;
    private final Scenario sc;
    private final NewsFormatter news;
    private final OrderText orders;
    private final ReasonFormatter reasons;

    AarText(String lang, Game game) {
        this(lang, game.scenario(), ScenarioNames.of(game, lang));
    }

    /** Texts for a scenario alone: news that names a trade zone shows its id. */
    AarText(String lang, Scenario sc) {
        this(lang, sc, new ScenarioNames(sc, null, Messages.of(lang)));
    }

    private AarText(String lang, Scenario sc, ScenarioNames names) {
        this.lang = "ja".equals(lang) ? "ja" : "en";
        this.locale = "ja".equals(this.lang) ? Locale.JAPANESE : Locale.ENGLISH;
        this.aar = bundle("i18n/aar", locale);
        this.sc = sc;
        this.news = new NewsFormatter(names);
        this.orders = new OrderText(names);
        this.reasons = new ReasonFormatter(names);
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

    String commodityName(int commodity) {
        return sc.commodities().get(commodity).name().in(lang);
    }

    String eventTitle(String id) {
        for (EventDef e : sc.events()) if (e.id().equals(id)) return e.title().in(lang);
        return id;
    }

    /** A news line in the report language; ids become names. */
    String news(NewsItem n) {
        if ("news.event".equals(n.key()) && !n.args().isEmpty()) return eventTitle(n.args().get(0));
        return news.line(n);
    }

    /** An order in the report language. */
    String order(chokepoint.engine.order.Order o) {
        return orders.describe(o);
    }

    /** An AI seat's reason in the report's language. */
    String reason(Reason r) {
        return reasons.line(r);
    }
}
