package chokepoint.ui.mapscreen;

import chokepoint.text.Messages;
import chokepoint.text.NewsFormatter;
import chokepoint.text.ScenarioNames;

import chokepoint.engine.scenario.EventDef;
import chokepoint.engine.scenario.MarketDef;
import chokepoint.engine.scenario.Scenario;
import chokepoint.engine.scenario.StageDef;
import chokepoint.engine.state.NewsItem;
import chokepoint.engine.state.TurnRecord;
import chokepoint.ui.common.I18n;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Display text for the map, timeline and debrief screens: UI strings from the shared {@link I18n} bundle,
 * scenario names in the current language, numbers, turn labels and headline news. The one place these
 * screens touch the i18n API.
 */
public final class UiText {
    private UiText() {}

    public static String tr(String key, Object... args) {
        return I18n.get(key, args);
    }

    /** "en" or "ja". */
    public static String lang() {
        return I18n.getLocale().getLanguage();
    }

    public static String actor(Scenario sc, int actor) {
        return actor < 0 ? "–" : sc.actors().get(actor).name().in(lang());
    }

    /** A trade zone's name as shown: as given, or in the current language for a zone the AI founded. */
    public static String zoneName(Scenario sc, String name) {
        return new chokepoint.text.ScenarioNames(sc, null, chokepoint.text.Messages.of(lang())).zoneName(name);
    }

    public static String actorId(Scenario sc, String id) {
        int i = sc.actorIndex(id);
        return i < 0 ? id : actor(sc, i);
    }

    public static String commodity(Scenario sc, int market) {
        return sc.commodities().get(sc.commodityOfMarket(market)).name().in(lang());
    }

    public static String stage(Scenario sc, String stageId) {
        for (StageDef s : sc.stages()) if (s.id().equals(stageId)) return s.name().in(lang());
        return stageId;
    }

    /** "NdPr · Refining". */
    public static String market(Scenario sc, int market) {
        return tr("mapscreen.marketName", commodity(sc, market), stage(sc, sc.market(market).stage()));
    }

    public static String unit(Scenario sc, int market) {
        return sc.market(market).unitIn(lang());
    }

    /** A market key "commodity/stage" as display text, or the key itself if unknown. */
    public static String marketKey(Scenario sc, String key) {
        int slash = key.indexOf('/');
        if (slash < 0) return key;
        int m = sc.marketIndex(key.substring(0, slash), key.substring(slash + 1));
        return m < 0 ? key : market(sc, m);
    }

    public static String turnLabel(TurnRecord r) {
        return turnLabel(r.turn, r.label);
    }

    public static String turnLabel(int turn, String label) {
        if (turn == 0) return tr("timeline.start");
        java.util.regex.Matcher q = QUARTER.matcher(label == null ? "" : label);
        return q.matches() ? tr("timeline.quarter", q.group(2), q.group(1), q.group(2).substring(2)) : label;
    }

    /** Short form for chart ticks: "Q2 '25" / "25年Q2". */
    public static String shortTurnLabel(int turn, String label) {
        if (turn == 0) return tr("timeline.start");
        java.util.regex.Matcher q = QUARTER.matcher(label == null ? "" : label);
        return q.matches() ? tr("timeline.quarterShort", q.group(2), q.group(1), q.group(2).substring(2)) : label;
    }

    private static final java.util.regex.Pattern QUARTER = java.util.regex.Pattern.compile("Q(\\d) (\\d{4})");

    public static String eventTitle(Scenario sc, String eventId) {
        for (EventDef e : sc.events()) if (e.id().equals(eventId)) return e.title().in(lang());
        return eventId;
    }

    public static String eventText(Scenario sc, String eventId) {
        for (EventDef e : sc.events()) if (e.id().equals(eventId)) return e.text().in(lang());
        return "";
    }

    // ---- numbers ------------------------------------------------------------------------------

    private static Locale locale() {
        return I18n.getLocale();
    }

    /** Up to 3 significant figures, grouped: 12,300 / 45.6 / 0.123. */
    public static String num(double v) {
        if (Double.isNaN(v)) return "–";
        if (Double.isInfinite(v)) return "∞";
        NumberFormat f = NumberFormat.getNumberInstance(locale());
        double a = Math.abs(v);
        f.setMaximumFractionDigits(a >= 100 ? 0 : a >= 10 ? 1 : a >= 1 ? 2 : 3);
        return f.format(v);
    }

    public static String signed(double v) {
        return (v > 0 ? "+" : "") + num(v);
    }

    public static String pct(double share) {
        if (Double.isNaN(share)) return "–";
        return Math.round(share * 100) + "%";
    }

    /** Money given in US$ bn, in the language's usual unit (Japanese: 億ドル, i.e. x10). */
    public static String usdBn(double bn) {
        double scale = 1;
        try {
            scale = Double.parseDouble(tr("mapscreen.unit.usdBnScale"));
        } catch (NumberFormatException e) {
            // missing key: keep US$ bn
        }
        return tr("mapscreen.unit.usdBn", num(bn * scale));
    }

    public static String days(double d) {
        if (Double.isNaN(d)) return "–";
        if (Double.isInfinite(d)) return "∞";
        return tr("mapscreen.unit.daysValue", Math.round(d));
    }

    // ---- news ---------------------------------------------------------------------------------

    /** A news item as a sentence in the current language; an event is shown by its title. */
    public static String news(Scenario sc, NewsItem n) {
        if ("news.event".equals(n.key()) && !n.args().isEmpty()) return eventTitle(sc, n.args().get(0));
        return new NewsFormatter(new ScenarioNames(sc, null, Messages.of(lang()))).line(n);
    }

    /**
     * Makes a combo box show its items through its converter in the bundled font, also in the drop-down list
     * (a popup is a separate scene and does not inherit the screen's font family).
     */
    public static <T> void fontedCells(javafx.scene.control.ComboBox<T> box) {
        String style = "-fx-font-family: " + chokepoint.ui.common.Fonts.cssFamily() + ";";
        javafx.util.Callback<javafx.scene.control.ListView<T>, javafx.scene.control.ListCell<T>> factory = lv -> new javafx.scene.control.ListCell<>() {
            @Override protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setStyle(style);
                setText(empty || item == null ? "" : box.getConverter().toString(item));
            }
        };
        box.setCellFactory(factory);
        box.setButtonCell(factory.call(null));
    }

    /** Used by markers: stage display name of a market. */
    public static String stageOf(Scenario sc, int market) {
        MarketDef md = sc.market(market);
        return stage(sc, md.stage());
    }
}
