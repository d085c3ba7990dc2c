package chokepoint.ui.facilitator;

import chokepoint.ai.Reason;
import chokepoint.text.OrderText;
import chokepoint.text.ReasonFormatter;
import chokepoint.text.ScenarioNames;

import chokepoint.engine.Game;
import chokepoint.engine.scenario.EffectDef;
import chokepoint.engine.scenario.ParameterKey;
import chokepoint.engine.state.TurnRecord;
import chokepoint.facilitator.Facilitator;
import chokepoint.facilitator.Inject;
import chokepoint.facilitator.InjectProblem;
import chokepoint.facilitator.PublicView;
import chokepoint.facilitator.ScheduledInject;
import chokepoint.facilitator.SeatOrders;
import chokepoint.facilitator.io.InjectFile;
import chokepoint.facilitator.io.InjectFileException;
import chokepoint.facilitator.io.InjectJson;
import chokepoint.facilitator.report.AfterActionReport;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The White Cell's window: password prompt, then tabs for every seat's figures and submitted orders, the inject
 * library and schedule (inject now, schedule, remove, move, import, export), control (pause, roll back, fork and
 * save, after-action report, projector, password), parameters between turns, and the game log. All actions go
 * through {@link Facilitator}; the shell is told through {@link #setOnGameChanged} so it can refresh its screens
 * (after a rollback it must take {@link Facilitator#game()}, a new Game).
 */
public final class FacilitatorConsole {
    /** Saves a forked game (the shell implements it with its save store); returns where it went. */
    @FunctionalInterface
    public interface ForkSaver {
        String save(Facilitator fork, int turn) throws Exception;
    }

    /**
     * A fork saver writing to the game's save store as "NAME-fork-tTURN" with the same seats, the fork's facilitator
     * data (password, schedule, journal up to the fork) and the game's keys, so PIN seats and the facilitator's data
     * stay sealed in the new game too.
     */
    public static ForkSaver saverFor(chokepoint.persistence.SaveStore store, String name,
                                     List<chokepoint.persistence.Seat> seats, chokepoint.persistence.SeatSecrets secrets) {
        return (fork, turn) -> store.save(name + "-fork-t" + turn, fork.game().state(), seats, secrets, java.util.Map.of(),
                fork.data()).toString();
    }

    private final Facilitator f;
    private final ForkSaver forkSaver;
    private final List<Inject> library = new ArrayList<>();
    private final BorderPane root = new BorderPane();
    private final Label status = new Label();
    private final Label message = new Label();
    private TabPane tabs;
    private int selectedTab;
    private boolean unlocked;
    private Runnable onGameChanged = () -> { };
    private Runnable openProjector;
    private java.util.function.Supplier<java.util.Map<String, List<chokepoint.engine.order.Order>>> submittedNow = java.util.Map::of;
    private java.util.function.Supplier<java.util.Map<String, chokepoint.ai.AiStyle>> seatStyles = java.util.Map::of;
    /** Made once and kept across rebuilds, so a running excursion and its charts survive turns and edits. */
    private ExcursionPane excursions;

    public FacilitatorConsole(Facilitator facilitator, ForkSaver forkSaver) {
        this.f = facilitator;
        this.forkSaver = forkSaver;
        this.unlocked = !facilitator.isProtected();
        try {
            library.addAll(InjectJson.bundledLibrary());
        } catch (InjectFileException e) {
            message.setText(FacText.t("fac.error", e.getMessage()));
        }
        root.setId("facilitatorConsole");
        chokepoint.ui.common.Fonts.applyTo(root);   // the bundled font, so Japanese renders without a system CJK font
        root.setPadding(new Insets(10));
        message.setId("facMessage");
        message.setWrapText(true);
        status.setId("facStatus");
        status.setStyle("-fx-font-weight: bold");
        rebuild();
    }

    /** Opens the console in its own window. */
    public static Stage openWindow(Window owner, Facilitator facilitator, ForkSaver saver) {
        FacilitatorConsole c = new FacilitatorConsole(facilitator, saver);
        c.setOnOpenProjector(() -> ProjectorView.openWindow(() -> PublicView.of(facilitator.game())));
        Stage s = new Stage();
        if (owner != null) s.initOwner(owner);
        s.setTitle(FacText.t("fac.title"));
        s.setScene(new Scene(c.view(), 1100, 720));
        s.show();
        return s;
    }

    public BorderPane view() { return root; }

    public void setOnGameChanged(Runnable r) { onGameChanged = r == null ? () -> { } : r; }

    public void setOnOpenProjector(Runnable r) { openProjector = r; }

    /** The AI seats' styles as set up, which excursions keep (other seats play their role's default style). */
    public void setSeatStyles(java.util.function.Supplier<java.util.Map<String, chokepoint.ai.AiStyle>> styles) {
        seatStyles = styles == null ? java.util.Map::of : styles;
    }

    /**
     * Orders seats have submitted for the current turn but that are not resolved yet (hot seat: the seats that
     * have passed the hand-off); shown to the facilitator only.
     */
    public void setSubmittedOrders(java.util.function.Supplier<java.util.Map<String, List<chokepoint.engine.order.Order>>> s) {
        submittedNow = s == null ? java.util.Map::of : s;
        rebuild();
    }

    /** Re-reads the game (call after the shell resolved a turn). */
    public void refresh() { rebuild(); }

    private void changed(String text) {
        message.setText(text);
        rebuild();
        onGameChanged.run();
    }

    private void rebuild() {
        if (!unlocked) {
            root.setTop(null);
            root.setCenter(lockScreen());
            root.setBottom(null);
            return;
        }
        Game g = f.game();
        String state = g.isOver() ? FacText.t("fac.status.over")
                : f.isPaused() ? FacText.t("fac.status.paused") : FacText.t("fac.status.running");
        status.setText(FacText.t("fac.status", g.currentLabel(), Math.min(g.currentTurn(), g.scenario().calendar().turns()),
                g.scenario().calendar().turns(), state));
        if (tabs != null) selectedTab = tabs.getSelectionModel().getSelectedIndex();
        tabs = new TabPane();
        tabs.setId("facTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().addAll(tab("facTabSeats", "fac.tab.seats", seatsTab()), tab("facTabInjects", "fac.tab.injects", injectsTab()),
                tab("facTabControl", "fac.tab.control", controlTab()), tab("facTabParameters", "fac.tab.parameters", parametersTab()),
                tab("facTabLog", "fac.tab.log", logTab()), tab("facTabExcursions", "fac.tab.excursions", excursionsTab()));
        tabs.getSelectionModel().select(Math.max(0, selectedTab));
        root.setTop(status);
        root.setCenter(tabs);
        root.setBottom(message);
        BorderPane.setMargin(tabs, new Insets(8, 0, 8, 0));
    }

    private static Tab tab(String id, String key, Node content) {
        Tab t = new Tab(FacText.t(key), content);
        t.setId(id);
        return t;
    }

    private Node lockScreen() {
        Label prompt = new Label(FacText.t("fac.locked"));
        prompt.setWrapText(true);
        PasswordField pw = new PasswordField();
        pw.setId("facPassword");
        pw.setPromptText(FacText.t("fac.password"));
        Label error = new Label();
        error.setId("facPasswordError");
        Button unlock = new Button(FacText.t("fac.unlock"));
        unlock.setId("facUnlock");
        unlock.setDefaultButton(true);
        unlock.setOnAction(e -> {
            if (f.unlock(pw.getText().toCharArray())) {
                unlocked = true;
                rebuild();
            } else {
                error.setText(FacText.t("fac.wrongPassword"));
                pw.clear();
            }
        });
        VBox box = new VBox(10, prompt, pw, unlock, error);
        box.setMaxWidth(380);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    // ---- seats ----------------------------------------------------------------------------------------------

    private Node seatsTab() {
        Game g = f.game();
        TurnRecord last = g.history().get(g.history().size() - 1);
        TableView<Integer> table = new TableView<>();
        table.setId("facSeatTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.getColumns().add(column("fac.col.actor", a -> g.scenario().actors().get(a).name().in(FacText.lang())));
        table.getColumns().add(column("fac.col.budget", a -> num(g.state().budget[a])));
        table.getColumns().add(column("fac.col.gdp", a -> num(g.state().gdpIndex[a])));
        table.getColumns().add(column("fac.col.score", a -> num(g.state().score[a])));
        table.getColumns().add(column("fac.col.leverage", a -> {
            double sum = 0;
            for (int b = 0; b < g.scenario().actorCount(); b++) if (b != a) sum += last.leverage[a][b];
            return num(sum);
        }));
        ScenarioNames names = ScenarioNames.of(g, FacText.lang());
        TableColumn<Integer, String> stocks = column("fac.col.stocks", a -> {
            List<String> held = new ArrayList<>();
            for (int m = 0; m < g.scenario().marketCount(); m++) {
                double q = g.state().stock[a][m];
                var md = g.scenario().market(m);
                if (q > 0) held.add(names.market(md.key()) + " " + num(q) + " " + md.unitIn(names.lang()));
            }
            return String.join("\n", held);
        });
        stocks.setCellFactory(col -> new TableCell<>() {
            @Override protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                // one line in the table, every stockpile on its own line in the tooltip
                setText(empty || item == null ? "" : item.replace("\n", "; "));
                setTooltip(empty || item == null || item.isEmpty() ? null : new Tooltip(item));
            }
        });
        table.getColumns().add(stocks);
        for (int a = 0; a < g.scenario().actorCount(); a++) table.getItems().add(a);
        table.setPrefHeight(260);

        TextArea orders = new TextArea();
        orders.setId("facOrders");
        orders.setEditable(false);
        orders.setWrapText(true);
        VBox.setVgrow(orders, Priority.ALWAYS);
        HBox pick = new HBox(8, new Label(FacText.t("fac.seats.orders")));
        pick.setAlignment(Pos.CENTER_LEFT);
        if (g.turnsPlayed() == 0) {
            orders.setText(FacText.t("fac.seats.noTurns"));
        } else {
            Spinner<Integer> turn = new Spinner<>(1, g.turnsPlayed(), g.turnsPlayed());
            turn.setId("facOrdersTurn");
            turn.valueProperty().addListener((o, a, b) -> orders.setText(ordersText(b)));
            orders.setText(ordersText(g.turnsPlayed()));
            pick.getChildren().add(turn);
        }
        TextArea pendingNow = new TextArea(pendingText());
        pendingNow.setId("facPendingOrders");
        pendingNow.setEditable(false);
        pendingNow.setPrefRowCount(4);
        VBox box = new VBox(8, new Label(FacText.t("fac.seats.figures")), table,
                new Label(FacText.t("fac.seats.pending", g.currentLabel())), pendingNow, pick, orders);
        box.setPadding(new Insets(8));
        return box;
    }

    /** Orders in the console's language, named as the seats see them. */
    private OrderText orderText() {
        return new OrderText(ScenarioNames.of(f.game(), FacText.lang()));
    }

    private String pendingText() {
        OrderText orderText = orderText();
        StringBuilder sb = new StringBuilder();
        for (var e : submittedNow.get().entrySet()) {
            sb.append(f.game().scenario().actor(e.getKey()).map(a -> a.name().in(FacText.lang())).orElse(e.getKey())).append('\n');
            for (var o : e.getValue()) sb.append("  • ").append(orderText.describe(o)).append('\n');
        }
        return sb.toString();
    }

    /** Every seat's orders of a turn, with AI reasons and journal notes, as plain text in the console's language. */
    String ordersText(int turn) {
        OrderText orderText = orderText();
        ReasonFormatter reasons = ReasonFormatter.of(f.game(), FacText.lang());
        StringBuilder sb = new StringBuilder();
        for (SeatOrders so : f.submittedOrders(turn)) {
            sb.append(f.game().scenario().actor(so.seat()).map(a -> a.name().in(FacText.lang())).orElse(so.seat())).append('\n');
            for (var o : so.orders()) sb.append("  • ").append(orderText.describe(o)).append('\n');
            for (Reason r : so.reasons()) sb.append("    ↳ ").append(reasons.line(r)).append('\n');
            if (so.journal() != null) sb.append("    ✎ ").append(so.journal().text()).append('\n');
        }
        return sb.toString();
    }

    private static <T> TableColumn<Integer, String> column(String key, Function<Integer, String> value) {
        TableColumn<Integer, String> c = new TableColumn<>(FacText.t(key));
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        c.setMinWidth(130); // names and headers in full; the stockpiles column (long lists) takes most of the rest
        c.setPrefWidth("fac.col.stocks".equals(key) ? 900 : 130);
        return c;
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, Math.abs(v) >= 100 ? "%.0f" : "%.2f", v);
    }

    // ---- injects --------------------------------------------------------------------------------------------

    private Node injectsTab() {
        ListView<Inject> lib = new ListView<>();
        lib.setId("facLibrary");
        lib.getItems().setAll(library);
        lib.setCellFactory(v -> new ListCell<>() {
            @Override protected void updateItem(Inject i, boolean empty) {
                super.updateItem(i, empty);
                setText(empty || i == null ? null : FacText.in(i.title()));
            }
        });
        TextArea detail = new TextArea();
        detail.setId("facInjectDetail");
        detail.setEditable(false);
        detail.setWrapText(true);
        detail.setPrefRowCount(6);
        lib.getSelectionModel().selectedItemProperty().addListener((o, a, i) -> detail.setText(i == null ? "" : describe(i)));
        Game g = f.game();
        int turns = g.scenario().calendar().turns();
        int first = Math.min(g.currentTurn(), turns);
        Spinner<Integer> when = new Spinner<>(first, turns, Math.min(turns, g.currentTurn() + 1));
        when.setId("facScheduleTurn");
        when.setEditable(true);
        Button now = new Button(FacText.t("fac.injects.now"));
        now.setId("facInjectNow");
        now.setOnAction(e -> {
            Inject i = lib.getSelectionModel().getSelectedItem();
            if (i == null) return;
            Facilitator.InjectResult r = f.injectNow(i);
            changed(r.applied() ? FacText.t("fac.injects.applied", FacText.in(i.title()))
                    : FacText.t("fac.injects.refused", InjectProblem.join(r.problems(), FacText.lang())));
        });
        Button schedule = new Button(FacText.t("fac.injects.scheduleAt"));
        schedule.setId("facScheduleAdd");
        schedule.setOnAction(e -> {
            Inject i = lib.getSelectionModel().getSelectedItem();
            if (i == null) return;
            f.schedule().add(when.getValue(), i);
            if (when.getValue() == g.currentTurn()) f.fireDueInjects();
            changed(FacText.t("fac.injects.scheduled", FacText.in(i.title()), when.getValue()));
        });
        ListView<ScheduledInject> sched = new ListView<>();
        sched.setId("facSchedule");
        sched.getItems().setAll(f.schedule().entries());
        java.util.Set<String> fired = new java.util.HashSet<>(g.state().firedEvents);
        sched.setCellFactory(v -> new ListCell<>() {
            @Override protected void updateItem(ScheduledInject s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : g.scenario().calendar().label(s.turn()) + " · " + FacText.in(s.inject().title())
                        + (fired.contains(s.eventId()) ? "  ✓ " + FacText.t("fac.injects.fired") : ""));
            }
        });
        Button remove = new Button(FacText.t("fac.injects.remove"));
        remove.setId("facScheduleRemove");
        remove.setOnAction(e -> {
            ScheduledInject s = sched.getSelectionModel().getSelectedItem();
            if (s != null && f.schedule().remove(s.key())) changed("");
        });
        Button move = new Button(FacText.t("fac.injects.moveTo"));
        move.setId("facScheduleMove");
        move.setOnAction(e -> {
            ScheduledInject s = sched.getSelectionModel().getSelectedItem();
            if (s != null) {
                f.schedule().replace(s.key(), when.getValue(), s.inject());
                changed("");
            }
        });
        Button imp = new Button(FacText.t("fac.injects.import"));
        imp.setId("facImport");
        imp.setOnAction(e -> importFile());
        Button exp = new Button(FacText.t("fac.injects.export"));
        exp.setId("facExport");
        exp.setOnAction(e -> exportFile());
        HBox actions = new HBox(8, now, schedule, when);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox left = new VBox(8, new Label(FacText.t("fac.injects.library")), lib, detail, actions);
        HBox schedActions = new HBox(8, remove, move, imp, exp);
        VBox right = new VBox(8, new Label(FacText.t("fac.injects.schedule")), sched, schedActions);
        VBox.setVgrow(lib, Priority.ALWAYS);
        VBox.setVgrow(sched, Priority.ALWAYS);
        HBox box = new HBox(16, left, right);
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        box.setPadding(new Insets(8));
        return box;
    }

    static String describe(Inject i) {
        StringBuilder sb = new StringBuilder(FacText.in(i.text())).append("\n\n");
        for (EffectDef e : i.effects()) {
            sb.append("• ").append(e.kind());
            if (e.actor() != null) sb.append(' ').append(e.actor());
            if (e.target() != null) sb.append(" → ").append(e.target());
            if (e.commodity() != null) sb.append(' ').append(e.commodity());
            if (e.stage() != null) sb.append('/').append(e.stage());
            if (e.mode() != null) sb.append(' ').append(e.mode());
            sb.append(String.format(Locale.ROOT, " %s", e.value()));
            if (e.duration() > 0) sb.append(" × ").append(e.duration());
            sb.append('\n');
        }
        return sb.append('\n').append(i.source()).toString();
    }

    private void importFile() {
        FileChooser fc = jsonChooser();
        File file = fc.showOpenDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (file != null) importFrom(file.toPath());
    }

    /** Adds a file's injects to the library and its schedule to the game's schedule. */
    void importFrom(Path file) {
        try {
            InjectFile in = InjectJson.read(file);
            for (Inject i : in.injects()) {
                library.removeIf(x -> x.id().equals(i.id()));
                library.add(i);
            }
            for (ScheduledInject s : in.schedule()) f.schedule().add(s.turn(), s.inject());
            changed(FacText.t("fac.injects.imported", in.injects().size(), in.schedule().size()));
        } catch (InjectFileException e) {
            changed(FacText.t("fac.error", e.getMessage()));
        }
    }

    private void exportFile() {
        FileChooser fc = jsonChooser();
        fc.setInitialFileName("injects.json");
        File file = fc.showSaveDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (file != null) exportTo(file.toPath());
    }

    void exportTo(Path file) {
        try {
            InjectJson.write(file, library, f.schedule().entries());
            changed(FacText.t("fac.injects.exported", file));
        } catch (Exception e) {
            changed(FacText.t("fac.error", e.getMessage()));
        }
    }

    private static FileChooser jsonChooser() {
        FileChooser fc = new FileChooser();
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("JSON", "*.json"));
        return fc;
    }

    // ---- control --------------------------------------------------------------------------------------------

    private Node controlTab() {
        Game g = f.game();
        Button pause = new Button(f.isPaused() ? FacText.t("fac.control.resume") : FacText.t("fac.control.pause"));
        pause.setId("facPause");
        pause.setOnAction(e -> {
            if (f.isPaused()) f.resume(); else f.pause();
            changed("");
        });
        Button rollback = new Button(FacText.t("fac.control.rollback"));
        rollback.setId("facRollback");
        rollback.setDisable(g.turnsPlayed() == 0);
        HBox confirmBox = new HBox(8);
        rollback.setOnAction(e -> {
            TurnRecord last = g.history().get(g.history().size() - 1);
            Button yes = new Button(FacText.t("fac.control.rollbackConfirm", last.label));
            yes.setId("facRollbackConfirm");
            yes.setOnAction(x -> {
                try {
                    Facilitator.RollbackResult r = f.rollbackLastTurn();
                    changed(FacText.t("fac.control.rolledBack", r.turnToReplay(), r.dropped().size()));
                } catch (RuntimeException ex) {
                    changed(FacText.t("fac.error", ex.getMessage()));
                }
            });
            Button no = new Button(FacText.t("fac.cancel"));
            no.setOnAction(x -> confirmBox.getChildren().clear());
            confirmBox.getChildren().setAll(yes, no);
        });
        Spinner<Integer> forkTurn = new Spinner<>(0, g.turnsPlayed(), g.turnsPlayed());
        forkTurn.setId("facForkTurn");
        Button fork = new Button(FacText.t("fac.control.forkSave"));
        fork.setId("facFork");
        fork.setDisable(forkSaver == null);
        fork.setOnAction(e -> {
            int t = forkTurn.getValue();
            try {
                String where = forkSaver.save(f.forkFacilitator(t), t);
                changed(FacText.t("fac.control.forked", t, where));
            } catch (Exception ex) {
                changed(FacText.t("fac.error", ex.getMessage()));
            }
        });
        Button aar = new Button(FacText.t("fac.control.aar"));
        aar.setId("facAar");
        aar.setOnAction(e -> {
            DirectoryChooser dc = new DirectoryChooser();
            File dir = dc.showDialog(root.getScene() == null ? null : root.getScene().getWindow());
            if (dir != null) writeReport(dir.toPath());
        });
        Button projector = new Button(FacText.t("fac.control.projector"));
        projector.setId("facProjector");
        projector.setDisable(openProjector == null);
        projector.setOnAction(e -> { if (openProjector != null) openProjector.run(); });
        PasswordField pw = new PasswordField();
        pw.setId("facNewPassword");
        pw.setPromptText(FacText.t("fac.control.password"));
        Button setPw = new Button(FacText.t("fac.control.setPassword"));
        setPw.setId("facSetPassword");
        setPw.setOnAction(e -> {
            if (pw.getText().isEmpty()) return;
            f.setPassword(pw.getText().toCharArray());
            pw.clear();
            changed(FacText.t("fac.control.passwordSet"));
        });
        VBox box = new VBox(12, new HBox(8, pause), new HBox(8, rollback, confirmBox),
                row(new Label(FacText.t("fac.control.fork")), forkTurn, fork), new HBox(8, aar, projector), row(pw, setPw));
        box.setPadding(new Insets(8));
        return box;
    }

    /** Writes the after-action report in the UI language into {@code dir}. */
    void writeReport(Path dir) {
        try {
            AfterActionReport.Written w = AfterActionReport.of(f).language(FacText.lang()).write(dir);
            changed(FacText.t("fac.control.aarWritten", w.html()));
        } catch (Exception ex) {
            changed(FacText.t("fac.error", ex.getMessage()));
        }
    }

    private static HBox row(Node... nodes) {
        HBox h = new HBox(8, nodes);
        h.setAlignment(Pos.CENTER_LEFT);
        return h;
    }

    // ---- parameters -----------------------------------------------------------------------------------------

    private Node parametersTab() {
        Game g = f.game();
        var params = g.scenario().parameters();
        TableView<ParameterKey> table = new TableView<>();
        table.setId("facParamTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.getColumns().add(paramColumn("fac.col.parameter", ParameterKey::jsonName));
        table.getColumns().add(paramColumn("fac.col.value", k -> Double.toString(params.get(k))));
        table.getColumns().add(paramColumn("fac.col.default", k -> Double.toString(k.defaultValue())));
        table.getColumns().add(paramColumn("fac.col.range", k -> k.min() + " – " + k.max()));
        table.getColumns().add(paramColumn("fac.col.meaning", ParameterKey::meaning));
        table.getItems().setAll(ParameterKey.values());
        ComboBox<ParameterKey> key = new ComboBox<>();
        key.setId("facParamKey");
        key.getItems().setAll(ParameterKey.values());
        TextField value = new TextField();
        value.setId("facParamValue");
        value.setPrefColumnCount(8);
        TextField note = new TextField();
        note.setId("facParamNote");
        note.setPromptText(FacText.t("fac.params.note"));
        HBox.setHgrow(note, Priority.ALWAYS);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, k) -> {
            if (k != null) {
                key.setValue(k);
                value.setText(Double.toString(params.get(k)));
            }
        });
        key.valueProperty().addListener((o, a, k) -> { if (k != null) value.setText(Double.toString(params.get(k))); });
        Button apply = new Button(FacText.t("fac.params.apply"));
        apply.setId("facParamApply");
        apply.setDisable(g.isOver());
        apply.setOnAction(e -> {
            ParameterKey k = key.getValue();
            if (k == null) return;
            double v;
            try {
                v = Double.parseDouble(value.getText().trim().replace(',', '.'));
            } catch (NumberFormatException ex) {
                changed(FacText.t("fac.params.notNumber", value.getText().trim()));
                return;
            }
            // checked here too, so the facilitator reads the range in the console's language
            if (!k.accepts(v)) {
                changed(FacText.t("fac.params.outOfRange", k.jsonName(), Double.toString(k.min()), Double.toString(k.max())));
                return;
            }
            try {
                f.setParameter(k, v, note.getText());
                changed(FacText.t("fac.params.applied", k.jsonName(), Double.toString(v)));
            } catch (RuntimeException ex) {
                changed(FacText.t("fac.error", ex.getMessage()));
            }
        });
        VBox box = new VBox(8, table, row(key, value, note, apply));
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(8));
        return box;
    }

    private static TableColumn<ParameterKey, String> paramColumn(String key, Function<ParameterKey, String> value) {
        TableColumn<ParameterKey, String> c = new TableColumn<>(FacText.t(key));
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        return c;
    }

    // ---- excursions -----------------------------------------------------------------------------------------

    /** Selects the excursion tab and returns it (screenshots and demos fill it in and start it). */
    public ExcursionPane showExcursions() {
        rebuild();
        tabs.getTabs().stream().filter(t -> "facTabExcursions".equals(t.getId())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
        return excursions;
    }

    private Node excursionsTab() {
        if (excursions == null) {
            excursions = new ExcursionPane(f::game);
            excursions.setExercise(() -> seatStyles.get(), () -> chokepoint.facilitator.InjectSchedule.upcomingEvents(
                    f.schedule().entries(), f.game().currentTurn(), f.game().scenario()));
        }
        return excursions.view();
    }

    // ---- log ------------------------------------------------------------------------------------------------

    private Node logTab() {
        ListView<String> log = new ListView<>();
        log.setId("facLog");
        log.getItems().setAll(chokepoint.facilitator.LogText.lines(f.game(), FacText.lang()));
        for (Facilitator.RefusedInject p : f.problems()) log.getItems().add(p.in(FacText.lang()));
        VBox box = new VBox(8, log);
        VBox.setVgrow(log, Priority.ALWAYS);
        box.setPadding(new Insets(8));
        return box;
    }
}
