package chokepoint.ui.debrief;

import chokepoint.engine.Game;
import chokepoint.engine.scenario.Scenario;
import chokepoint.engine.state.TurnRecord;
import chokepoint.ui.common.Fonts;
import chokepoint.ui.common.I18n;
import chokepoint.ui.debrief.DebriefModel.ObjectiveRow;
import chokepoint.ui.debrief.DebriefModel.Rank;
import chokepoint.ui.debrief.DebriefModel.RoleObjectives;
import chokepoint.ui.debrief.DebriefModel.TurningPoint;
import chokepoint.ui.mapscreen.MapLens;
import chokepoint.ui.mapscreen.MapScreen;
import chokepoint.ui.mapscreen.UiText;
import chokepoint.ui.timeline.TimelineCharts;
import chokepoint.ui.timeline.TimelineModel;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntFunction;

/**
 * End-of-game debrief: each role's objectives met or missed, the final ranking, the turning points, charts of
 * leverage, prices and dependence, and the final map. "Export" writes an HTML page and CSV files into a chosen
 * folder (see {@link DebriefExporter}).
 */
public final class DebriefScreen {
    private final DebriefModel model;
    private final DebriefExporter exporter;
    private final BorderPane root = new BorderPane();
    private final Label status = new Label();
    private final TabPane tabs = new TabPane();
    private MapScreen map;
    private chokepoint.facilitator.DecisionJournal journal;

    /** @param i18n unused: the shared {@link I18n} is static; kept for the screens' common constructor shape */
    public DebriefScreen(Game game, I18n i18n) {
        this(new DebriefModel(game));
    }

    public DebriefScreen(DebriefModel model) {
        this.model = model;
        this.exporter = new DebriefExporter(model);
        build();
        java.lang.ref.WeakReference<DebriefScreen> self = new java.lang.ref.WeakReference<>(this);
        I18n.addListener(l -> {
            DebriefScreen s = self.get();
            if (s != null) s.rebuild();
        });
    }

    /** Rebuilds every text in the current language (called when the language changes). */
    public void rebuild() {
        int tab = tabs.getSelectionModel().getSelectedIndex();
        tabs.getTabs().clear();
        map = null;
        build();
        tabs.getSelectionModel().select(Math.max(0, tab));
    }

    public Node view() { return root; }

    /**
     * Adds the tab "Expected vs actual": every seat's decision-journal notes beside what happened. The debrief is
     * shown when the game is over, when nothing is private any more.
     */
    public DebriefScreen setJournal(chokepoint.facilitator.DecisionJournal j) {
        journal = j;
        exporter.setJournal(j);
        rebuild();
        return this;
    }

    public DebriefModel model() { return model; }

    public DebriefExporter exporter() { return exporter; }

    /** Opens a tab: 0 objectives and turning points, 1 charts, 2 final map, 3 expected vs actual (with a journal). */
    public void showTab(int index) {
        tabs.getSelectionModel().select(index);
    }

    /**
     * Renders the charts and the map and writes the HTML and CSV files into {@code dir}. Call on the JavaFX
     * thread (the snapshots need it).
     */
    public List<Path> export(Path dir) throws IOException {
        exporter.setImages(Snapshots.render(model, exporter));
        List<Path> files = exporter.export(dir);
        status.setText(UiText.tr("debrief.exported", dir.toAbsolutePath()));
        return files;
    }

    private void chooseAndExport() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(UiText.tr("debrief.exportTitle"));
        Window w = root.getScene() == null ? null : root.getScene().getWindow();
        File dir = chooser.showDialog(w);
        if (dir == null) return;
        try {
            export(dir.toPath());
        } catch (IOException | RuntimeException e) {
            status.setText(UiText.tr("debrief.exportFailed", e.getMessage()));
        }
    }

    // ---- building -----------------------------------------------------------------------------

    private void build() {
        Scenario sc = model.scenario();
        TurnRecord last = model.finalRecord();
        Label title = new Label(UiText.tr("debrief.title"));
        title.setStyle("-fx-font-size: 22px; -fx-font-weight: bold;");
        Label sub = new Label(sc.name().in(UiText.lang()) + " · " + UiText.tr("debrief.turnsPlayed",
                model.turnsPlayed(), last == null ? "" : UiText.turnLabel(last)));
        sub.setStyle("-fx-text-fill: #4a5866;");
        Button export = new Button(UiText.tr("debrief.export"));
        export.setId("debrief-export");
        export.setOnAction(e -> chooseAndExport());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(12, new VBox(2, title, sub), gap, status, export);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(10, 14, 10, 14));
        header.setStyle("-fx-background-color: #f4f6f8; -fx-border-color: transparent transparent #c8d0d8 transparent;");

        Tab summary = new Tab(UiText.tr("debrief.tab.summary"), summary());
        Tab charts = new Tab(UiText.tr("debrief.tab.charts"), charts());
        Tab mapTab = new Tab(UiText.tr("debrief.tab.map"));
        mapTab.setOnSelectionChanged(e -> {
            if (mapTab.isSelected() && map == null) {
                map = new MapScreen(sc, model::records, null, null);
                map.setLens(MapLens.NET_LEVERAGE);
                mapTab.setContent(map.view());
            }
        });
        for (Tab t : List.of(summary, charts, mapTab)) t.setClosable(false);
        tabs.getTabs().addAll(summary, charts, mapTab);
        if (journal != null) {
            Tab expected = new Tab(UiText.tr("debrief.tab.journal"), JournalSection.view(journal, sc, model.records()));
            expected.setId("debrief-tab-journal");
            expected.setClosable(false);
            tabs.getTabs().add(expected);
        }
        root.setTop(header);
        root.setCenter(tabs);
        Fonts.applyTo(root);
    }

    private Node summary() {
        Scenario sc = model.scenario();
        VBox left = new VBox(8);
        left.getChildren().add(heading(UiText.tr("debrief.objectives")));
        Label summaryLine = new Label(UiText.tr("debrief.objectivesSummary", model.objectivesMet(), model.objectivesMissed()));
        summaryLine.setId("debrief-objective-summary");
        left.getChildren().add(summaryLine);
        for (RoleObjectives ro : model.objectives()) {
            Label who = new Label(UiText.actor(sc, ro.actor()) + "  " + UiText.tr("debrief.metOf", ro.met(), ro.rows().size()));
            who.setStyle("-fx-font-weight: bold; -fx-padding: 6 0 0 0;");
            left.getChildren().add(who);
            for (ObjectiveRow row : ro.rows()) {
                Label mark = new Label(row.met() ? "✔" : "✘");
                mark.setMinWidth(18);
                mark.setStyle(row.met() ? "-fx-text-fill: #1b7837; -fx-font-weight: bold;" : "-fx-text-fill: #b3261e; -fx-font-weight: bold;");
                String value = row.status() == null ? "" : "  (" + DebriefTexts.valueAgainstTarget(row) + ")";
                Label text = new Label(row.def().text().in(UiText.lang()) + value);
                text.setWrapText(true);
                HBox line = new HBox(6, mark, text);
                line.setAlignment(Pos.TOP_LEFT);
                left.getChildren().add(line);
            }
        }
        VBox right = new VBox(8);
        right.getChildren().add(heading(UiText.tr("debrief.ranking")));
        GridPane rank = new GridPane();
        rank.setHgap(14);
        rank.setVgap(3);
        for (Rank r : model.ranking()) {
            rank.add(new Label(r.place() + "."), 0, r.place());
            rank.add(new Label(UiText.actor(sc, r.actor())), 1, r.place());
            Label s = new Label(UiText.num(r.score()));
            rank.add(s, 2, r.place());
        }
        right.getChildren().add(rank);
        right.getChildren().add(heading(UiText.tr("debrief.turningPoints")));
        for (TurningPoint p : model.turningPoints()) {
            Label when = new Label(UiText.turnLabel(p.turn(), p.label()));
            when.setMinWidth(70);
            when.setStyle("-fx-font-weight: bold;");
            Label what = new Label(DebriefTexts.describe(sc, p));
            what.setWrapText(true);
            if (p.kind() == DebriefModel.PointKind.LEVERAGE_SWING || p.kind() == DebriefModel.PointKind.PRICE_SWING) {
                what.setStyle("-fx-font-weight: bold; -fx-text-fill: #1f3b57;");
            }
            HBox line = new HBox(8, when, what);
            right.getChildren().add(line);
        }
        GridPane grid = new GridPane();
        grid.setHgap(28);
        grid.setPadding(new Insets(12, 16, 16, 16));
        for (int i = 0; i < 2; i++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(50);
            grid.getColumnConstraints().add(cc);
        }
        grid.add(left, 0, 0);
        grid.add(right, 1, 0);
        ScrollPane sp = new ScrollPane(grid);
        sp.setFitToWidth(true);
        return sp;
    }

    private Node charts() {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(8);
        g.setPadding(new Insets(8));
        for (int i = 0; i < 2; i++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(50);
            g.getColumnConstraints().add(cc);
            RowConstraints rc = new RowConstraints();
            rc.setPercentHeight(50);
            g.getRowConstraints().add(rc);
        }
        g.add(leverageChart(model), 0, 0);
        if (exporter.priceStage() != null) g.add(priceChart(model, exporter.priceStage()), 1, 0);
        if (exporter.dependenceMarket() >= 0) g.add(dependenceChart(model, exporter.dependenceMarket()), 0, 1);
        g.add(scoreChart(model), 1, 1);
        return g;
    }

    // ---- charts (also used for the export snapshots) ------------------------------------------

    private static IntFunction<String> ticks(DebriefModel m) {
        List<TurnRecord> rs = m.records();
        return t -> {
            for (TurnRecord r : rs) if (r.turn == t) return TimelineCharts.shortLabel(r.turn, r.label);
            return "";
        };
    }

    static LineChart<Number, Number> leverageChart(DebriefModel m) {
        Scenario sc = m.scenario();
        LineChart<Number, Number> c = TimelineCharts.newChart();
        TimelineCharts.fill(c, UiText.tr("timeline.chart.leverageNet"), UiText.tr("timeline.axis.points"),
                m.timeline().turns(), m.timeline().leverageSeries(), a -> UiText.actor(sc, a), ticks(m), 8, false);
        return c;
    }

    static LineChart<Number, Number> priceChart(DebriefModel m, String stage) {
        Scenario sc = m.scenario();
        LineChart<Number, Number> c = TimelineCharts.newChart();
        TimelineCharts.fill(c, UiText.tr("timeline.chart.prices", UiText.stage(sc, stage)), UiText.tr("timeline.axis.priceIndex"),
                m.timeline().turns(), m.timeline().priceSeries(stage), x -> UiText.commodity(sc, x), ticks(m), 6, false);
        return c;
    }

    static LineChart<Number, Number> dependenceChart(DebriefModel m, int market) {
        Scenario sc = m.scenario();
        LineChart<Number, Number> c = TimelineCharts.newChart();
        TimelineCharts.fill(c, UiText.tr("timeline.chart.dependence", UiText.market(sc, market)), UiText.tr("timeline.axis.share"),
                m.timeline().turns(), m.timeline().dependenceSeries(market), a -> UiText.actor(sc, a), ticks(m), 8, false);
        return c;
    }

    static LineChart<Number, Number> scoreChart(DebriefModel m) {
        Scenario sc = m.scenario();
        List<TurnRecord> rs = m.records();
        List<TimelineModel.Series> series = new java.util.ArrayList<>();
        for (int a = 0; a < sc.actorCount(); a++) {
            if (!sc.actors().get(a).playable()) continue;
            double[] v = new double[rs.size()];
            for (int t = 0; t < rs.size(); t++) v[t] = rs.get(t).score[a];
            series.add(new TimelineModel.Series(a, v));
        }
        LineChart<Number, Number> c = TimelineCharts.newChart();
        TimelineCharts.fill(c, UiText.tr("debrief.chart.scores"), UiText.tr("debrief.col.score"), m.timeline().turns(),
                series, a -> UiText.actor(sc, a), ticks(m), 8, false);
        return c;
    }

    private static Label heading(String s) {
        Label l = new Label(s);
        l.setStyle("-fx-font-size: 16px; -fx-font-weight: bold;");
        return l;
    }
}
