package chokepoint.ui.facilitator;

import chokepoint.ai.AiStrength;
import chokepoint.ai.AiStyle;
import chokepoint.analysis.Assumption;
import chokepoint.analysis.AssumptionException;
import chokepoint.analysis.Assumptions;
import chokepoint.analysis.Excursion;
import chokepoint.analysis.ExcursionResult;
import chokepoint.analysis.Figures;
import chokepoint.analysis.Metric;
import chokepoint.engine.Game;
import chokepoint.engine.scenario.EventDef;
import chokepoint.engine.scenario.ParameterKey;
import chokepoint.engine.scenario.Scenario;
import chokepoint.engine.scenario.StageDef;
import chokepoint.ui.common.Fonts;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.util.StringConverter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The White Cell's excursion (what-if) tab: pick one assumption (kind, what, value — lists built from the game),
 * the number of runs, the first seed and the AI strength; the excursion runs off the FX thread with progress and
 * cancel; then fan charts of both arms (median and 10–90% band per turn) for a chosen score, net leverage or price,
 * and the end-of-game comparison in words. docs/FACILITATOR.md, "Excursions".
 */
public final class ExcursionPane {
    /** Okabe-Ito blue and vermillion: told apart with every common colour-vision deficiency. */
    static final Color BASE_COLOR = Color.web("#0072B2");
    static final Color CHANGED_COLOR = Color.web("#D55E00");
    private static final List<Metric.Kind> SHOWN = List.of(Metric.Kind.SCORE, Metric.Kind.LEVERAGE, Metric.Kind.PRICE);

    private final Supplier<Game> game;
    private final VBox root = new VBox(8);
    private final ComboBox<Assumptions.Kind> kind = new ComboBox<>();
    private final ComboBox<String> target = new ComboBox<>();
    private final ComboBox<String> value = new ComboBox<>();
    private final Spinner<Integer> runs = new Spinner<>(1, 500, 20);   // 500 runs of the 2025 scenario keep ~50 MB
    private final Spinner<Integer> seed = new Spinner<>(0, Integer.MAX_VALUE, 1);
    private final ComboBox<AiStrength> strength = new ComboBox<>();
    private final Button run = new Button(FacText.t("exc.run"));
    private final Button cancel = new Button(FacText.t("exc.cancel"));
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = new Label(FacText.t("exc.empty"));
    private final ComboBox<Metric.Kind> metricKind = new ComboBox<>();
    private final ComboBox<Integer> subject = new ComboBox<>();
    private final Label chartTitle = new Label();
    private final FanChart chart = new FanChart();
    private final Label summary = new Label();
    private Supplier<Map<String, AiStyle>> seatStyles = Map::of;
    private Supplier<List<EventDef>> planned = List::of;
    private Task<ExcursionResult> task;
    private ExcursionResult result;
    private String changeText = "";
    /** What the finished study kept of the exercise (seat styles, injects), for its status line. */
    private String plays = "";

    /**
     * What the study keeps of the exercise as set up: the AI seats' styles (other seats play their role's default
     * style) and the scheduled injects still to come, fired in both arms.
     */
    public void setExercise(Supplier<Map<String, AiStyle>> seatStyles, Supplier<List<EventDef>> planned) {
        this.seatStyles = seatStyles == null ? Map::of : seatStyles;
        this.planned = planned == null ? List::of : planned;
    }

    public ExcursionPane(Supplier<Game> game) {
        this.game = game;
        root.setId("excursionPane");
        root.setPadding(new Insets(8));
        Fonts.applyTo(root);
        kind.setId("excKind");
        target.setId("excTarget");
        value.setId("excValue");
        runs.setId("excRuns");
        seed.setId("excSeed");
        strength.setId("excStrength");
        run.setId("excRun");
        cancel.setId("excCancel");
        progress.setId("excProgress");
        status.setId("excStatus");
        metricKind.setId("excMetricKind");
        subject.setId("excSubject");
        chart.setId("excChart");
        summary.setId("excSummary");

        kind.getItems().setAll(Assumptions.Kind.values());
        kind.setConverter(converter(k -> FacText.t("exc.kind." + k.name())));
        target.setConverter(converter(this::targetName));
        value.setConverter(new StringConverter<>() {
            @Override public String toString(String v) { return v == null ? "" : valueName(v); }
            @Override public String fromString(String s) {
                for (String v : value.getItems()) if (valueName(v).equals(s)) return v;
                return s == null ? "" : s.trim();
            }
        });
        strength.getItems().setAll(AiStrength.values());
        strength.setValue(AiStrength.BASELINE);
        strength.setConverter(converter(s -> FacText.t("exc.strength." + s.name())));
        runs.setEditable(true);
        seed.setEditable(true);
        runs.setPrefWidth(90);
        seed.setPrefWidth(120);
        value.setPrefWidth(150);
        kind.valueProperty().addListener((o, a, k) -> fillTargets());
        target.valueProperty().addListener((o, a, t) -> fillValues());
        kind.setValue(Assumptions.Kind.PARAMETER);

        run.setDefaultButton(true);
        run.setOnAction(e -> start());
        cancel.setDisable(true);
        cancel.setOnAction(e -> { if (task != null) task.cancel(true); });
        progress.setPrefWidth(160);
        status.setWrapText(true);

        metricKind.getItems().setAll(SHOWN);
        metricKind.setConverter(converter(k -> FacText.t("exc.metric." + k.name())));
        subject.setConverter(converter(this::subjectName));
        metricKind.valueProperty().addListener((o, a, k) -> fillSubjects());
        subject.valueProperty().addListener((o, a, s) -> showChart());
        metricKind.setValue(Metric.Kind.SCORE);

        chartTitle.setStyle("-fx-font-weight: bold;");
        summary.setWrapText(true);
        summary.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label intro = new Label(FacText.t("exc.intro"));
        intro.setWrapText(true);
        VBox.setVgrow(chart, Priority.ALWAYS);
        root.getChildren().addAll(intro,
                flow(new Label(FacText.t("exc.change")), kind, target, row(new Label("="), value)),
                flow(new Label(FacText.t("exc.runs")), runs, new Label(FacText.t("exc.seed")), seed,
                        new Label(FacText.t("exc.strength")), strength, run, cancel, progress),
                status,
                flow(new Label(FacText.t("exc.show")), metricKind, subject, chartTitle),
                chart, summary);
    }

    /** The tab's content; refreshes the pick lists (events fire as the game goes on). */
    public VBox view() {
        fillTargets();
        return root;
    }

    /**
     * Fills in a change ({@code KEY=VALUE}, e.g. {@code event.mp_10x=off}), the runs and first seed, and starts it,
     * as if picked and pressed (screenshots and demos).
     */
    public void start(String keyValue, int runCount, int firstSeed) {
        int eq = keyValue.indexOf('=');
        String key = keyValue.substring(0, eq);
        for (Assumptions.Kind k : Assumptions.Kind.values()) {
            if (!key.startsWith(k.prefix())) continue;
            kind.setValue(k);
            target.setValue(key.substring(k.prefix().length()));
            value.setValue(keyValue.substring(eq + 1));
            if (value.isEditable()) value.getEditor().setText(value.getValue());
        }
        runs.getValueFactory().setValue(runCount);
        seed.getValueFactory().setValue(firstSeed);
        start();
    }

    /** Shows a metric in the chart: a score, net leverage (subject = actor index) or price (market index). */
    public void show(Metric.Kind metric, int subjectIndex) {
        metricKind.setValue(metric);
        subject.setValue(subjectIndex);
    }

    /** The latest finished excursion, or null. */
    ExcursionResult result() { return result; }

    FanChart chart() { return chart; }

    /** Whether an excursion is running now. */
    boolean running() { return task != null && task.isRunning(); }

    private static FlowPane flow(javafx.scene.Node... nodes) {
        FlowPane f = new FlowPane(8, 6, nodes);
        f.setAlignment(Pos.CENTER_LEFT);
        return f;
    }

    private static javafx.scene.layout.HBox row(javafx.scene.Node... nodes) {
        javafx.scene.layout.HBox h = new javafx.scene.layout.HBox(8, nodes);
        h.setAlignment(Pos.CENTER_LEFT);
        return h;
    }

    private static <T> StringConverter<T> converter(Function<T, String> name) {
        return new StringConverter<>() {
            @Override public String toString(T t) { return t == null ? "" : name.apply(t); }
            @Override public T fromString(String s) { return null; }
        };
    }

    // ---- the assumption --------------------------------------------------------------------------------------

    private void fillTargets() {
        Assumptions.Kind k = kind.getValue();
        String was = target.getValue();
        target.getItems().setAll(k == null ? List.of() : Assumptions.targets(k, game.get()));
        target.setValue(target.getItems().contains(was) ? was : target.getItems().isEmpty() ? null : target.getItems().get(0));
        fillValues();
    }

    private void fillValues() {
        Assumptions.Kind k = kind.getValue();
        String t = target.getValue();
        String was = value.getValue();
        value.getItems().setAll(k == null || t == null ? List.of() : Assumptions.values(k, t, game.get()));
        value.setEditable(k == Assumptions.Kind.PARAMETER);
        value.setValue(value.getItems().contains(was) ? was : value.getItems().isEmpty() ? null : value.getItems().get(0));
    }

    private String targetName(String t) {
        Scenario sc = game.get().scenario();
        return switch (kind.getValue()) {
            case PARAMETER -> t;
            case STYLE -> actorName(sc, t);
            case EVENT -> {
                EventDef e = sc.events().stream().filter(x -> x.id().equals(t)).findFirst().orElse(null);
                if (e == null) yield t;
                yield e.turn() > 0 ? FacText.t("exc.event.scripted", FacText.in(e.title()), e.turn())
                        : FacText.t("exc.event.deck", FacText.in(e.title()));
            }
            case CONTROL -> {
                String[] p = t.split("\\.");
                String to = "ALL".equals(p[2]) ? FacText.t("exc.everyone") : actorName(sc, p[2]);
                yield FacText.t("exc.control", actorName(sc, p[0]), to, marketName(sc, p[1]));
            }
        };
    }

    private String valueName(String v) {
        return kind.getValue() == Assumptions.Kind.PARAMETER ? v : FacText.t("exc.value." + v);
    }

    private void start() {
        Game g = game.get();
        if (g.isOver()) {
            status.setText(FacText.t("exc.gameOver"));
            return;
        }
        Assumption a;
        try {
            a = assumption(g);
        } catch (AssumptionException e) {
            status.setText(FacText.t("fac.error", e.getMessage()));
            return;
        }
        if (a == null) return;
        List<EventDef> injects = planned.get();
        Excursion.Settings settings = new Excursion.Settings(runs.getValue(), seed.getValue(),
                Runtime.getRuntime().availableProcessors(), strength.getValue(), seatStyles.get(), injects);
        plays = FacText.t("exc.plays", settings.styles().size(), injects.size());
        Game from = g.copy();   // on the FX thread, so the shell may go on resolving turns meanwhile
        changeText = targetName(target.getValue()) + " = " + valueName(value.getValue());
        long t0 = System.nanoTime();
        Task<ExcursionResult> t = new Task<>() {
            @Override protected ExcursionResult call() throws Exception {
                return Excursion.run(from, List.of(a), settings, (done, total) -> updateProgress(done, total));
            }
        };
        progress.progressProperty().bind(t.progressProperty());
        t.progressProperty().addListener((o, x, y) -> {
            if (t.isRunning()) status.setText(FacText.t("exc.running", (long) t.getWorkDone(), 2 * settings.runs()));
        });
        t.stateProperty().addListener((o, x, state) -> finished(t, state, (System.nanoTime() - t0) / 1e9));
        task = t;
        run.setDisable(true);
        cancel.setDisable(false);
        status.setText(FacText.t("exc.running", 0, 2 * settings.runs()));
        Thread worker = new Thread(t, "chokepoint-excursion-ui");
        worker.setDaemon(true);
        worker.start();
    }

    /** The chosen assumption, or null (and a message) when a typed parameter value does not fit. */
    private Assumption assumption(Game g) {
        Assumptions.Kind k = kind.getValue();
        String t = target.getValue();
        String v = value.getEditor() != null && value.isEditable() ? value.getEditor().getText().trim() : value.getValue();
        if (k == null || t == null || v == null || v.isEmpty()) {
            status.setText(FacText.t("exc.pick"));
            return null;
        }
        if (k == Assumptions.Kind.PARAMETER) {
            ParameterKey p = ParameterKey.byJsonName(t).orElseThrow();
            double d;
            try {
                d = Double.parseDouble(v.replace(',', '.'));
            } catch (NumberFormatException e) {
                d = Double.NaN;
            }
            if (!(d >= p.min() && d <= p.max())) {
                status.setText(FacText.t("exc.badNumber", t, Figures.plain(p.min()), Figures.plain(p.max())));
                return null;
            }
            v = Double.toString(d);
            value.setValue(v);
        }
        return Assumptions.parse(k.prefix() + t, v, g);
    }

    private void finished(Task<ExcursionResult> t, Worker.State state, double secs) {
        if (state != Worker.State.SUCCEEDED && state != Worker.State.CANCELLED && state != Worker.State.FAILED) return;
        progress.progressProperty().unbind();
        run.setDisable(false);
        cancel.setDisable(true);
        switch (state) {
            case SUCCEEDED -> {
                result = t.getValue();
                progress.setProgress(1);
                status.setText(FacText.t("exc.done", result.runs(), result.turns().get(0).label(),
                        String.format(Locale.ROOT, "%.1f", secs)) + " " + plays);
                showChart();
            }
            case CANCELLED -> {
                progress.setProgress(0);
                status.setText(FacText.t("exc.cancelled"));
            }
            default -> {
                progress.setProgress(0);
                Throwable e = t.getException();
                status.setText(FacText.t("exc.failed", e == null ? "?" : e.getMessage()));
            }
        }
    }

    // ---- the chart -------------------------------------------------------------------------------------------

    private void fillSubjects() {
        Scenario sc = game.get().scenario();
        int n = metricKind.getValue() == Metric.Kind.PRICE ? sc.marketCount() : sc.actorCount();
        Integer was = subject.getValue();
        List<Integer> items = new ArrayList<>();
        for (int i = 0; i < n; i++) items.add(i);
        subject.getItems().setAll(items);
        subject.setValue(was != null && was < n ? was : 0);
        showChart();
    }

    private String subjectName(Integer i) {
        Scenario sc = game.get().scenario();
        if (metricKind.getValue() == Metric.Kind.PRICE) return marketName(sc, sc.market(i).key());
        return FacText.in(sc.actors().get(i).name());
    }

    /** Key of the metric picked in the chart row, e.g. {@code price.ndpr/refining}. */
    private String metricKey() {
        Scenario sc = result.scenario();
        int i = subject.getValue();
        return switch (metricKind.getValue()) {
            case PRICE -> "price." + sc.market(i).key();
            case LEVERAGE -> "leverage." + sc.actors().get(i).id();
            default -> "score." + sc.actors().get(i).id();
        };
    }

    private void showChart() {
        if (result == null || metricKind.getValue() == null || subject.getValue() == null) {
            chart.clear();
            chartTitle.setText("");
            summary.setText("");
            return;
        }
        int m = result.metricIndex(metricKey());
        List<String> labels = new ArrayList<>();
        for (ExcursionResult.Turn t : result.turns()) labels.add(t.label());
        chart.setData(labels, List.of(fan(FacText.t("exc.legend.base"), BASE_COLOR, Excursion.Arm.BASE, m),
                fan(FacText.t("exc.legend.changed", changeText), CHANGED_COLOR, Excursion.Arm.CHANGED, m)),
                FacText.t("exc.legend.band"));
        String title = FacText.t("exc.chartTitle", FacText.t("exc.metric." + metricKind.getValue().name()), subjectName(subject.getValue()));
        if (metricKind.getValue() == Metric.Kind.PRICE) {
            title += " (" + FacText.t("exc.priceUnit", result.scenario().market(subject.getValue()).unit()) + ")";
        }
        chartTitle.setText(title);
        ExcursionResult.Comparison c = result.atEnd(m);
        int last = result.turns().size() - 1;
        ExcursionResult.Band b = result.band(Excursion.Arm.BASE, m, last);
        ExcursionResult.Band x = result.band(Excursion.Arm.CHANGED, m, last);
        summary.setText(FacText.t("exc.summary", result.turns().get(last).label(),
                Figures.compact(b.p50()), Figures.compact(b.p10()), Figures.compact(b.p90()),
                Figures.compact(x.p50()), Figures.compact(x.p10()), Figures.compact(x.p90()),
                (c.medianDifference() > 0 ? "+" : "") + Figures.compact(c.medianDifference()),
                Math.round(100 * c.shareHigher()), Math.round(100 * c.shareLower()), result.runs()));
    }

    private FanChart.Series fan(String name, Color color, Excursion.Arm arm, int metric) {
        List<ExcursionResult.Band> bands = result.fan(arm, metric);
        double[] p10 = new double[bands.size()];
        double[] p50 = new double[bands.size()];
        double[] p90 = new double[bands.size()];
        for (int t = 0; t < bands.size(); t++) {
            p10[t] = bands.get(t).p10();
            p50[t] = bands.get(t).p50();
            p90[t] = bands.get(t).p90();
        }
        return new FanChart.Series(name, color, p10, p50, p90);
    }

    // ---- names -----------------------------------------------------------------------------------------------

    private static String actorName(Scenario sc, String id) {
        return sc.actor(id).map(a -> FacText.in(a.name())).orElse(id);
    }

    /** "NdPr (refining)" in the UI language, from {@code ndpr/refining}. */
    private static String marketName(Scenario sc, String key) {
        int slash = key.indexOf('/');
        String commodity = key.substring(0, slash);
        String stage = key.substring(slash + 1);
        String c = sc.commodity(commodity).map(x -> FacText.in(x.name())).orElse(commodity);
        String s = stage;
        for (StageDef d : sc.stages()) if (d.id().equals(stage)) s = FacText.in(d.name());
        return FacText.t("exc.market", c, s);
    }
}
