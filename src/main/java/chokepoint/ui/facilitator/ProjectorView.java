package chokepoint.ui.facilitator;

import chokepoint.engine.state.ExportControl;
import chokepoint.engine.state.NewsItem;
import chokepoint.facilitator.PublicView;
import chokepoint.ui.map.WorldMapView;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The second window for the room's projector: the map coloured by net leverage, the timeline of events, public
 * news, prices, export controls and trade zones. It is built only from a {@link PublicView}, so it cannot show a
 * stockpile, a budget, a private report or anyone's orders. Large text for the back of the room.
 */
public final class ProjectorView {
    private final Supplier<PublicView> source;
    private final BorderPane root = new BorderPane();
    private final WorldMapView map;
    private PublicView shown;

    /** @param withMap false in tests that need no map geometry */
    public ProjectorView(Supplier<PublicView> source, boolean withMap) {
        this.source = source;
        this.map = withMap ? new WorldMapView() : null;
        root.setId("projectorView");
        root.setPadding(new Insets(14));
        root.setStyle("-fx-font-size: 18px;");
        refresh();
    }

    public static Stage openWindow(Supplier<PublicView> source) {
        ProjectorView v = new ProjectorView(source, true);
        Stage s = new Stage();
        s.setTitle(FacText.t("proj.title"));
        s.setScene(new Scene(v.view(), 1280, 800));
        s.focusedProperty().addListener((o, a, focused) -> { if (focused) v.refresh(); });
        s.show();
        return s;
    }

    public BorderPane view() { return root; }

    /** The public data on screen now (for tests and for the shell). */
    public PublicView shown() { return shown; }

    public void refresh() {
        PublicView v = source.get();
        shown = v;
        String lang = FacText.lang();
        PublicView.PublicTurn last = v.last();
        Label title = new Label(v.scenarioName().in(lang) + " · " + v.currentLabel());
        title.setStyle("-fx-font-size: 28px; -fx-font-weight: bold;");
        Label tension = new Label(FacText.t("proj.tension", String.format(Locale.ROOT, "%.0f", last.tension())));
        tension.setId("projTension");
        root.setTop(new VBox(4, title, tension));

        VBox side = new VBox(10);
        side.setPrefWidth(420);
        side.getChildren().add(heading("proj.news"));
        List<NewsItem> news = new java.util.ArrayList<>(v.announced());
        List<NewsItem> lastNews = new java.util.ArrayList<>(last.news());
        lastNews.sort(java.util.Comparator.comparingInt(NewsItem::importance).reversed());
        news.addAll(lastNews);
        java.util.Set<String> seen = new java.util.HashSet<>();
        int shownNews = 0;
        for (NewsItem n : news) {
            if (!seen.add(n.key() + "|" + n.args())) continue;
            if (!"news.event".equals(n.key()) && !seen.add(n.key() + "|" + (n.args().isEmpty() ? "" : n.args().get(0)))) continue;
            if (shownNews++ >= 8) break;
            side.getChildren().add(wrap("• " + newsText(v, n)));
        }
        side.getChildren().add(heading("proj.prices"));
        PublicView.PublicTurn first = v.turns().get(0);
        for (int m = 0; m < v.markets().size(); m++) {
            double base = first.price()[m];
            if (base <= 0) continue;
            PublicView.Market mk = v.markets().get(m);
            side.getChildren().add(wrap(String.format(Locale.ROOT, "%s (%s): %.0f", mk.commodityName().in(lang),
                    mk.stageName().in(lang), 100 * last.price()[m] / base)));
        }
        side.getChildren().add(heading("proj.controls"));
        if (v.controls().isEmpty()) side.getChildren().add(new Label(FacText.t("proj.none")));
        for (ExportControl c : v.controls()) {
            PublicView.Market mk = v.markets().get(c.market());
            side.getChildren().add(wrap("• " + actorName(v, c.controller()) + ": " + mk.commodityName().in(lang) + " ("
                    + mk.stageName().in(lang) + ") " + v.name(c.mode().name(), lang) + " → " + targets(v, c)));
        }
        side.getChildren().add(heading("proj.zones"));
        if (v.zones().isEmpty()) side.getChildren().add(new Label(FacText.t("proj.none")));
        for (PublicView.Zone z : v.zones()) {
            side.getChildren().add(wrap("• " + zoneName(v, z.name()) + ": " + String.join(", ", z.members().stream().map(a -> actorName(v, a)).toList())));
        }
        ScrollPane scroll = new ScrollPane(side);
        scroll.setFitToWidth(true);
        root.setRight(scroll);

        if (map != null) {
            colourMap(v);
            VBox centre = new VBox(6, new Label(FacText.t("proj.map")), map);
            VBox.setVgrow(map, Priority.ALWAYS);
            root.setCenter(centre);
        }
        FlowPane strip = new FlowPane(12, 6);
        strip.setId("projTimeline");
        strip.getChildren().add(heading("proj.timeline"));
        for (PublicView.PublicTurn t : v.turns()) {
            if (t.turn() == 0) continue;
            StringBuilder sb = new StringBuilder(t.label());
            if (!t.events().isEmpty()) sb.append(" ⚑").append(t.events().size());
            Label l = new Label(sb.toString());
            l.setStyle("-fx-border-color: #999; -fx-padding: 2 6 2 6;");
            if (!t.events().isEmpty()) {
                l.setTooltip(new javafx.scene.control.Tooltip(String.join("\n", t.events().stream()
                        .map(id -> v.eventTitles().containsKey(id) ? v.eventTitles().get(id).in(lang) : id).toList())));
            }
            strip.getChildren().add(l);
        }
        root.setBottom(strip);
        BorderPane.setMargin(strip, new Insets(10, 0, 0, 0));
    }

    private void colourMap(PublicView v) {
        double[] lev = v.netLeverage();
        double max = 1e-9;
        for (double x : lev) max = Math.max(max, Math.abs(x));
        Map<String, Color> colours = new HashMap<>();
        Map<String, String> tips = new HashMap<>();
        for (int a = 0; a < v.actors().size(); a++) {
            PublicView.Actor actor = v.actors().get(a);
            double s = lev[a] / max;
            Color c = s >= 0 ? Color.WHITE.interpolate(Color.web("#0072B2"), s) : Color.WHITE.interpolate(Color.web("#D55E00"), -s);
            for (String id : actor.mapIds()) {
                colours.put(id, c);
                tips.put(id, actor.name().in(FacText.lang()) + String.format(Locale.ROOT, ": %.1f", lev[a]));
            }
        }
        map.setCountryColors(colours);
        map.setTooltipProvider(id -> tips.getOrDefault(id, ""));
    }

    private static String newsText(PublicView v, NewsItem n) {
        return v.newsLine(n, FacText.lang());
    }

    /** A zone's name as shown: as given, or in the projector's language for a zone the AI founded. */
    private static String zoneName(PublicView v, String name) {
        return chokepoint.text.ScenarioNames.zoneName(name,
                id -> v.actors().stream().anyMatch(a -> a.id().equals(id)) ? actorName(v, id) : null,
                chokepoint.text.Messages.of(FacText.lang()));
    }

    private static String actorName(PublicView v, String id) {
        for (PublicView.Actor a : v.actors()) if (a.id().equals(id)) return a.name().in(FacText.lang());
        return id;
    }

    private static String targets(PublicView v, ExportControl c) {
        return switch (c.target().kind()) {
            case ALL -> "*";
            case ACTORS -> String.join(", ", c.target().actors().stream().map(a -> actorName(v, a)).toList());
            case OUTSIDE_ZONE -> "≠ " + c.target().zone();
        };
    }

    private static Label heading(String key) {
        Label l = new Label(FacText.t(key));
        l.setStyle("-fx-font-weight: bold; -fx-font-size: 20px;");
        return l;
    }

    private static Label wrap(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        HBox.setHgrow(l, Priority.ALWAYS);
        return l;
    }
}
