package chokepoint.ui.timeline;

import chokepoint.engine.scenario.Scenario;
import chokepoint.engine.state.NewsItem;
import chokepoint.engine.state.TurnRecord;
import chokepoint.ui.common.Fonts;
import chokepoint.ui.common.I18n;
import chokepoint.ui.mapscreen.UiText;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * A strip of the turns played (events and headline news as badges with tooltips) above charts of leverage,
 * prices (index against turn 0, for a chosen stage) and dependence on the largest supplier (for a chosen
 * market). Selecting a turn calls {@link #setOnTurnSelected(IntConsumer)}'s callback, which the host wires to
 * {@code MapScreen.showTurn}.
 */
public final class TimelineScreen {
    static final int MAX_LINES = 7;

    private final TimelineModel model;
    private final BorderPane root = new BorderPane();
    private final HBox strip = new HBox(4);
    private final ScrollPane stripScroll = new ScrollPane(strip);
    private final ToggleGroup turnGroup = new ToggleGroup();
    private final LineChart<Number, Number> leverageChart = TimelineCharts.newChart();
    private final LineChart<Number, Number> priceChart = TimelineCharts.newChart();
    private final LineChart<Number, Number> dependenceChart = TimelineCharts.newChart();
    private final ComboBox<String> stageBox = new ComboBox<>();
    private final ComboBox<Integer> marketBox = new ComboBox<>();
    private final Label stageLabel = new Label();
    private final Label marketLabel = new Label();
    private final Label title = new Label();
    private final Label hint = new Label();
    private final java.util.Map<LineChart<Number, Number>, javafx.scene.shape.Line> markers = new java.util.HashMap<>();
    private IntConsumer onTurnSelected = t -> { };
    private int selectedTurn = -1;
    private boolean updating;

    /** @param i18n unused: the shared {@link I18n} is static; kept for the screens' common constructor shape */
    public TimelineScreen(Scenario scenario, Supplier<List<TurnRecord>> history, String seat, I18n i18n) {
        this.model = new TimelineModel(scenario, history, seat);
        build();
        WeakReference<TimelineScreen> self = new WeakReference<>(this);
        I18n.addListener(l -> {
            TimelineScreen s = self.get();
            if (s != null) s.refresh();
        });
        refresh();
    }

    public Node view() { return root; }

    public TimelineModel model() { return model; }

    /** Called with the turn number (0 = start) when the user selects a turn. */
    public void setOnTurnSelected(IntConsumer callback) {
        onTurnSelected = Objects.requireNonNullElse(callback, t -> { });
    }

    /** Selects a turn as a click on its cell would, and calls the callback. */
    public void selectTurn(int turn) {
        selectedTurn = turn;
        markSelected();
        placeMarkers();
        onTurnSelected.accept(turn);
    }

    public int selectedTurn() { return selectedTurn; }

    public void setPriceStage(String stage) {
        stageBox.setValue(stage);
        drawCharts();
    }

    public void setDependenceMarket(int market) {
        marketBox.setValue(market);
        drawCharts();
    }

    public List<LineChart<Number, Number>> charts() {
        return List.of(leverageChart, priceChart, dependenceChart);
    }

    public void refresh() {
        updating = true;
        Scenario sc = model.scenario();
        title.setText(UiText.tr("timeline.title"));
        stageLabel.setText(UiText.tr("timeline.priceStage"));
        marketLabel.setText(UiText.tr("timeline.dependenceMarket"));
        hint.setText(UiText.tr("timeline.clickToScrub"));
        stageBox.setConverter(converter(s -> UiText.stage(sc, s)));
        marketBox.setConverter(converter(m -> UiText.market(sc, m)));
        UiText.fontedCells(stageBox);
        UiText.fontedCells(marketBox);
        updating = false;
        buildStrip();
        drawCharts();
    }

    // ---- building -----------------------------------------------------------------------------

    private void build() {
        Scenario sc = model.scenario();
        stageBox.getItems().setAll(model.priceStages());
        if (!stageBox.getItems().isEmpty()) stageBox.setValue(stageBox.getItems().get(Math.min(1, stageBox.getItems().size() - 1)));
        for (int m = 0; m < sc.marketCount(); m++) marketBox.getItems().add(m);
        if (sc.marketCount() > 0) marketBox.setValue(sc.marketsOf(0)[Math.min(1, sc.marketsOf(0).length - 1)]);
        marketBox.setVisibleRowCount(12);
        stageBox.setOnAction(e -> { if (!updating) drawCharts(); });
        marketBox.setOnAction(e -> { if (!updating) drawCharts(); });
        stageBox.setId("timeline-stage");
        marketBox.setId("timeline-market");

        title.setStyle("-fx-font-size: 15px; -fx-font-weight: bold;");
        hint.setStyle("-fx-text-fill: #4a5866; -fx-font-size: 11px;");
        FlowPane bar = new FlowPane(14, 6, title, pair(stageLabel, stageBox), pair(marketLabel, marketBox), hint);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 10, 6, 10));

        strip.setPadding(new Insets(4));
        strip.setAlignment(Pos.CENTER_LEFT);
        stripScroll.setFitToHeight(true);
        stripScroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        stripScroll.setMinHeight(84);
        stripScroll.setPrefHeight(88);
        stripScroll.setId("timeline-strip");

        GridPane charts = new GridPane();
        charts.setHgap(6);
        for (int i = 0; i < 3; i++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / 3);
            cc.setHgrow(Priority.ALWAYS);
            charts.getColumnConstraints().add(cc);
        }
        RowConstraints rc = new RowConstraints();
        rc.setVgrow(Priority.ALWAYS);
        charts.getRowConstraints().add(rc);
        charts.add(withMarker(leverageChart), 0, 0);
        charts.add(withMarker(priceChart), 1, 0);
        charts.add(withMarker(dependenceChart), 2, 0);
        leverageChart.setId("timeline-leverage");
        priceChart.setId("timeline-prices");
        dependenceChart.setId("timeline-dependence");
        for (LineChart<Number, Number> c : charts()) {
            c.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
            c.setOnMouseClicked(e -> {
                // scrub: a click on a chart selects the nearest turn
                javafx.scene.chart.NumberAxis x = (javafx.scene.chart.NumberAxis) c.getXAxis();
                double local = x.sceneToLocal(e.getSceneX(), e.getSceneY()).getX();
                if (local < 0 || local > x.getWidth()) return;
                int turn = (int) Math.round(x.getValueForDisplay(local).doubleValue());
                int[] turns = model.turns();
                for (int t : turns) if (t == turn) { selectTurn(turn); return; }
            });
        }

        root.setTop(new VBox(bar, stripScroll));
        root.setCenter(charts);
        Fonts.applyTo(root);
    }

    /** The chart under a see-through layer with a vertical line at the selected turn. */
    private Node withMarker(LineChart<Number, Number> chart) {
        javafx.scene.shape.Line line = new javafx.scene.shape.Line();
        line.setStroke(javafx.scene.paint.Color.web("#c62828", 0.8));
        line.setStrokeWidth(2);
        line.getStrokeDashArray().setAll(6.0, 4.0);
        line.setVisible(false);
        javafx.scene.layout.Pane overlay = new javafx.scene.layout.Pane(line);
        overlay.setMouseTransparent(true);
        overlay.setManaged(true);
        javafx.scene.layout.StackPane holder = new javafx.scene.layout.StackPane(chart, overlay);
        holder.setMinSize(0, 0);
        markers.put(chart, line);
        chart.getXAxis().layoutBoundsProperty().addListener((o, a, b) -> placeMarker(chart));
        chart.getYAxis().layoutBoundsProperty().addListener((o, a, b) -> placeMarker(chart));
        holder.layoutBoundsProperty().addListener((o, a, b) -> javafx.application.Platform.runLater(() -> placeMarker(chart)));
        return holder;
    }

    private void placeMarkers() {
        for (LineChart<Number, Number> c : charts()) placeMarker(c);
    }

    private void placeMarker(LineChart<Number, Number> chart) {
        javafx.scene.shape.Line line = markers.get(chart);
        if (line == null) return;
        javafx.scene.chart.NumberAxis x = (javafx.scene.chart.NumberAxis) chart.getXAxis();
        boolean show = selectedTurn >= 0 && selectedTurn >= x.getLowerBound() && selectedTurn <= x.getUpperBound()
                && chart.getScene() != null && x.getWidth() > 0;
        line.setVisible(show);
        if (!show) return;
        javafx.scene.Node overlay = line.getParent();
        javafx.geometry.Point2D bottom = overlay.sceneToLocal(x.localToScene(x.getDisplayPosition(selectedTurn), 0));
        javafx.scene.Node y = chart.getYAxis();
        javafx.geometry.Point2D top = overlay.sceneToLocal(y.localToScene(0, 0));
        line.setStartX(bottom.getX());
        line.setEndX(bottom.getX());
        line.setStartY(top.getY());
        line.setEndY(bottom.getY());
    }

    private static HBox pair(Label l, Node n) {
        HBox h = new HBox(6, l, n);
        h.setAlignment(Pos.CENTER_LEFT);
        return h;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> f) {
        return new StringConverter<>() {
            @Override public String toString(T t) { return t == null ? "" : f.apply(t); }
            @Override public T fromString(String s) { return null; }
        };
    }

    private void buildStrip() {
        Scenario sc = model.scenario();
        strip.getChildren().clear();
        turnGroup.getToggles().clear();
        for (TimelineModel.TurnCell c : model.cells()) {
            ToggleButton cell = new ToggleButton();
            cell.setToggleGroup(turnGroup);
            cell.setUserData(c.turn());
            cell.setId("turn-" + c.turn());
            Label label = new Label(UiText.turnLabel(c.turn(), c.label()));
            label.setStyle("-fx-font-weight: bold;");
            HBox badges = new HBox(3);
            badges.setAlignment(Pos.CENTER);
            List<String> events = new ArrayList<>();
            for (String e : c.eventIds()) events.add(UiText.eventTitle(sc, e));
            List<String> heads = new ArrayList<>();
            for (NewsItem n : c.headlines()) if (!"news.event".equals(n.key())) heads.add(UiText.news(sc, n));
            if (!events.isEmpty()) {
                badges.getChildren().add(badge(count("E", events.size()), "#6a3d9a",
                        UiText.tr("timeline.badge.events") + "\n• " + String.join("\n• ", events)));
            }
            if (!heads.isEmpty()) {
                badges.getChildren().add(badge(count("!", heads.size()), "#c62828",
                        UiText.tr("timeline.badge.headlines") + "\n• " + String.join("\n• ", heads)));
            }
            VBox content = new VBox(3, label, badges);
            content.setAlignment(Pos.CENTER);
            cell.setGraphic(content);
            cell.setMinWidth(86);
            cell.setPrefHeight(64);
            if (c.turningPoint()) cell.setStyle("-fx-border-color: #c62828; -fx-border-width: 0 0 3 0;");
            List<String> lines = new ArrayList<>();
            for (String e : c.eventIds()) lines.add("● " + UiText.eventTitle(sc, e));
            for (NewsItem n : c.headlines()) if (!"news.event".equals(n.key())) lines.add("! " + UiText.news(sc, n));
            if (!lines.isEmpty()) cell.setTooltip(tip(String.join("\n", lines)));
            cell.setOnAction(e -> selectTurn(c.turn()));
            strip.getChildren().add(cell);
        }
        markSelected();
    }

    private static String count(String symbol, int n) {
        return n == 1 ? symbol : symbol + " " + n;
    }

    private Label badge(String symbol, String color, String tooltip) {
        Label b = new Label(symbol);
        b.setMinSize(22, 18);
        b.setPadding(new Insets(0, 5, 0, 5));
        b.setAlignment(Pos.CENTER);
        b.setStyle("-fx-background-color: " + color + "; -fx-text-fill: white; -fx-background-radius: 9;"
                + " -fx-font-size: 10px; -fx-font-weight: bold;");
        Tooltip.install(b, tip(tooltip));
        return b;
    }

    private static Tooltip tip(String text) {
        Tooltip t = new Tooltip(text);
        t.setWrapText(true);
        t.setMaxWidth(420);
        t.setShowDelay(Duration.millis(200));
        t.setStyle("-fx-font-family: " + Fonts.cssFamily() + "; -fx-font-size: 12px;");
        return t;
    }

    private void markSelected() {
        for (var t : turnGroup.getToggles()) t.setSelected(Objects.equals(t.getUserData(), selectedTurn));
    }

    private void drawCharts() {
        Scenario sc = model.scenario();
        int[] turns = model.turns();
        List<TurnRecord> rs = model.records();
        java.util.function.IntFunction<String> tick = t -> {
            for (TurnRecord r : rs) if (r.turn == t) return TimelineCharts.shortLabel(r.turn, r.label);
            return "";
        };
        String levTitle = model.seatIndex() >= 0
                ? UiText.tr("timeline.chart.leverageSeat", UiText.actor(sc, model.seatIndex()))
                : UiText.tr("timeline.chart.leverageNet");
        TimelineCharts.fill(leverageChart, levTitle, UiText.tr("timeline.axis.points"), turns, model.leverageSeries(),
                a -> UiText.actor(sc, a), tick, MAX_LINES, false);
        String stage = stageBox.getValue();
        TimelineCharts.fill(priceChart, UiText.tr("timeline.chart.prices", stage == null ? "" : UiText.stage(sc, stage)),
                UiText.tr("timeline.axis.priceIndex"), turns, stage == null ? List.of() : model.priceSeries(stage),
                m -> UiText.commodity(sc, m), tick, 6, false);
        Integer m = marketBox.getValue();
        TimelineCharts.fill(dependenceChart, UiText.tr("timeline.chart.dependence", m == null ? "" : UiText.market(sc, m)),
                UiText.tr("timeline.axis.share"), turns, m == null ? List.of() : model.dependenceSeries(m),
                a -> UiText.actor(sc, a), tick, MAX_LINES, model.seatIndex() >= 0);
        javafx.application.Platform.runLater(this::placeMarkers);
    }
}
