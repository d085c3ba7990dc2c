package chokepoint.ui.app;

import chokepoint.engine.Game;
import chokepoint.engine.view.SeatView;
import chokepoint.ui.orders.OrdersView;
import chokepoint.ui.orders.OrdersViewModel;
import chokepoint.ui.report.ReportView;
import chokepoint.ui.report.ReportViewModel;
import chokepoint.ui.session.GameSession;
import chokepoint.ui.session.HandOffView;
import chokepoint.ui.session.HotSeatFlow;
import chokepoint.ui.session.SeatConfig;
import chokepoint.ui.tutorial.TutorialPanel;
import chokepoint.ui.tutorial.TutorialViewModel;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The game window: a top bar (scenario, turn, seat, what is left to spend) over the hot-seat flow: hand-off,
 * the seat's tabs (Report, Orders, Map, Timeline), the all-in confirmation and, at the end, the debrief.
 * Seat screens are built only from that seat's view of the game.
 */
public final class GameScreen {
    public static final KeyCombination SUBMIT = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination LOAD = new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination SETTINGS = new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination FACILITATOR = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    private final ChokepointApp app;
    private final HotSeatFlow flow;
    private final Label status = new Label();
    private TabPane tabs;
    private int selectedTab;
    private OrdersViewModel ordersVm;
    private volatile boolean resolving;
    /** Set in tutorial mode only: the tutorial panel is shown beside the game and told what the seat looks at. */
    private final TutorialViewModel tutorial;

    private GameScreen(ChokepointApp app, GameSession session, TutorialViewModel tutorial) {
        this.app = app;
        this.flow = new HotSeatFlow(session);
        this.tutorial = tutorial;
    }

    /** Opens a session in the window at its first hand-off. */
    public static GameScreen open(ChokepointApp app, GameSession session) {
        GameScreen g = new GameScreen(app, session, null);
        app.currentGame = g;
        SavesUi.attach(app, session);
        g.show();
        return g;
    }

    /**
     * Opens a one-seat tutorial game: the same screen with the tutorial panel at its side. There is no hand-off
     * (one seat, no secrets) and no autosave (the tutorial does not replace a class's "Continue last autosave").
     */
    public static GameScreen openTutorial(ChokepointApp app, GameSession session, TutorialViewModel tutorial) {
        GameScreen g = new GameScreen(app, session, java.util.Objects.requireNonNull(tutorial));
        app.currentGame = g;
        g.show();
        return g;
    }

    /** The tutorial of this game, or null for a normal game. */
    public TutorialViewModel tutorial() {
        return tutorial;
    }

    public HotSeatFlow flow() {
        return flow;
    }

    public GameSession session() {
        return flow.session();
    }

    private Game game() {
        return flow.session().game();
    }

    void show() {
        if (tutorial != null && flow.phase() == HotSeatFlow.Phase.HANDOFF) flow.ready("");
        Map<KeyCombination, Runnable> keys = new LinkedHashMap<>();
        keys.put(SETTINGS, app::showSettings);
        if (tutorial == null) keys.put(FACILITATOR, this::openFacilitator);
        SavesUi.keys(app, this, keys);
        if (flow.phase() == HotSeatFlow.Phase.SEAT_TURN) {
            keys.put(SUBMIT, this::askSubmit);
            KeyCode[] f = {KeyCode.F1, KeyCode.F2, KeyCode.F3, KeyCode.F4};
            for (int i = 0; i < f.length; i++) {
                int tab = i;
                keys.put(new KeyCodeCombination(f[i]), () -> selectTab(tab));
            }
        }
        app.navigator().show(this::build, keys);
    }

    /** Shows the current phase and, in a seat's turn, the given tab (0 report, 1 orders, 2 map, 3 timeline). */
    public void showTab(int i) {
        selectedTab = i;
        show();
    }

    private void selectTab(int i) {
        if (tabs != null && i < tabs.getTabs().size()) tabs.getSelectionModel().select(i);
    }

    private Node build() {
        BorderPane p = new BorderPane();
        p.setTop(topBar());
        p.setCenter(switch (flow.phase()) {
            case HANDOFF -> handOff();
            case SEAT_TURN -> seatTurn();
            case ALL_IN -> allIn();
            case GAME_OVER -> gameOver();
        });
        p.getStyleClass().add("game");
        if (tutorial != null) {
            if (flow.phase() != HotSeatFlow.Phase.SEAT_TURN) tutorial.tabShown(-1);
            p.setRight(new TutorialPanel(tutorial, this::leave, () -> app.navigator().confirm(
                    Texts.get("tutorial.exit.question"), Texts.get("tutorial.exit.yes"), Texts.get("common.cancel"),
                    this::leave)).view());
        }
        return p;
    }

    private Node topBar() {
        Names names = new Names(game());
        Label scenario = new Label(names.scenarioName());
        scenario.getStyleClass().add("bar-title");
        scenario.setMinWidth(Region.USE_PREF_SIZE);
        Label turn = new Label(game().isOver() ? Texts.get("bar.gameOver")
                : Texts.get("bar.turn", game().currentLabel(), game().currentTurn(), game().scenario().calendar().turns()));
        turn.setId("turnLabel");
        turn.setMinWidth(Region.USE_PREF_SIZE);
        // the facts wrap onto a second line in a narrow window instead of being cut off
        FlowPane facts = new FlowPane(18, 2, scenario, turn);
        facts.setAlignment(Pos.CENTER_LEFT);
        facts.setMinWidth(0);
        facts.prefWrapLengthProperty().bind(facts.widthProperty());
        HBox.setHgrow(facts, Priority.ALWAYS);
        HBox bar = new HBox(18, facts);
        SeatConfig seat = flow.currentSeat();
        if (flow.phase() == HotSeatFlow.Phase.SEAT_TURN && seat != null) {
            Label who = new Label(Texts.get("bar.seat", seatTitle(seat)));
            who.setId("seatLabel");
            who.getStyleClass().add("bar-seat");
            who.setMinWidth(Region.USE_PREF_SIZE);
            status.setMinWidth(Region.USE_PREF_SIZE);
            status.setId("barRemaining");
            facts.getChildren().addAll(who, status);
        }
        bar.getChildren().addAll(SavesUi.barButtons(app, this));
        if (tutorial == null) { // the tutorial has no White Cell
            Button facilitator = MainMenuView.button("barFacilitator", "bar.facilitator", this::openFacilitator);
            if (!flow.session().whiteCellAvailable()) {
                facilitator.setDisable(true);
                // a disabled button shows no tooltip by itself; the shortcut explains it with a message
                facilitator.setTooltip(new javafx.scene.control.Tooltip(Texts.get("whiteCell.unavailable")));
            }
            bar.getChildren().add(facilitator);
        }
        Button settings = MainMenuView.button("barSettings", "menu.settings", app::showSettings);
        Button menu = MainMenuView.button("barMenu", "bar.mainMenu", () -> app.navigator().confirm(
                Texts.get("bar.leave.question"), Texts.get("bar.leave.yes"), Texts.get("common.cancel"), this::leave));
        settings.setFocusTraversable(true);
        bar.getChildren().addAll(settings, menu);
        for (Node n : bar.getChildren()) if (n instanceof Button b) b.setMinWidth(Region.USE_PREF_SIZE);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("top-bar");
        return bar;
    }

    /** Back to the main menu (the game is left; its last autosave stays). */
    private void leave() {
        app.currentGame = null;
        app.showMainMenu();
    }

    private javafx.stage.Stage facilitatorWindow;
    private chokepoint.ui.facilitator.FacilitatorConsole console;

    /**
     * Opens the White Cell console (its own window, optionally password-protected there): it sees every seat,
     * injects events, pauses, rolls back. Orders already submitted this round are shown to it, never to seats.
     */
    public void openFacilitator() {
        if (facilitatorWindow != null && facilitatorWindow.isShowing()) {
            facilitatorWindow.toFront();
            return;
        }
        GameSession s = flow.session();
        if (!s.whiteCellAvailable()) {
            app.navigator().message(Texts.get("bar.facilitator"), Texts.get("whiteCell.unavailable"));
            return;
        }
        var f = s.facilitator();
        var seats = chokepoint.ui.saves.SavesViewModel.seatsOf(s);
        console = new chokepoint.ui.facilitator.FacilitatorConsole(f, chokepoint.ui.facilitator.FacilitatorConsole.saverFor(
                new chokepoint.persistence.SaveStore(app.context().savesDir()), chokepoint.ui.saves.SavesViewModel.suggestedName(s),
                seats, s.secrets()));
        console.setOnOpenProjector(() -> chokepoint.ui.facilitator.ProjectorView.openWindow(
                () -> chokepoint.facilitator.PublicView.of(f.game())));
        console.setSubmittedOrders(flow::submitted);
        console.setSeatStyles(() -> AiSeats.styles(flow.session().seats()));
        console.setOnGameChanged(() -> {
            if (f.game() != game()) s.replaceGame(f.game());
            if (f.game().turnsPlayed() != shownTurns || flow.phase() == HotSeatFlow.Phase.GAME_OVER) flow.restartRound();
            shownTurns = game().turnsPlayed();
            show();
        });
        shownTurns = game().turnsPlayed();
        facilitatorWindow = new javafx.stage.Stage();
        facilitatorWindow.initOwner(app.stage());
        facilitatorWindow.setTitle(Texts.get("bar.facilitator"));
        facilitatorWindow.setScene(new javafx.scene.Scene(console.view(), 1100, 720));
        facilitatorWindow.show();
    }

    private int shownTurns;


    String seatTitle(SeatConfig s) {
        return flow.session().displayName(s.actor(), new Names(game()).actor(s.actor()));
    }

    private Node handOff() {
        SeatConfig s = flow.currentSeat();
        String sub = Texts.get("handoff.seatOf", flow.seatNumber(), flow.seatCount(), game().currentLabel());
        return new HandOffView(seatTitle(s), sub, s.hasPin(), pin -> {
            if (!flow.ready(pin)) return false;
            selectedTab = 0;
            show();
            return true;
        }).view();
    }

    private Node seatTurn() {
        String seat = flow.currentSeat().actor();
        ordersVm = new OrdersViewModel(game(), seat, flow.currentPending());
        ordersVm.addListener(this::updateStatus);
        if (tutorial != null) ordersVm.addListener(tutorial::refresh);
        updateStatus();
        tabs = new TabPane();
        tabs.setId("seatTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Tab report = new Tab(Texts.get("tab.report") + " (F1)", new ReportView(new ReportViewModel(game(), seat)).view());
        report.setId("tabReport");
        Tab orders = new Tab(Texts.get("tab.orders") + " (F2)", withJournal(new OrdersView(ordersVm, this::askSubmit).view(), seat));
        orders.setId("tabOrders");
        SeatView view = game().view(seat);
        Tab map = new Tab(Texts.get("tab.map") + " (F3)");
        map.setId("tabMap");
        Tab timeline = new Tab(Texts.get("tab.timeline") + " (F4)");
        timeline.setId("tabTimeline");
        // the map and timeline are built when first opened (they take a moment on a slow PC)
        Runnable buildMap = () -> {
            if (map.getContent() != null) return;
            Ui2Screens.MapAndTimeline mt = Ui2Screens.mapAndTimeline(game(), view::history, seat, app.settings().palette());
            map.setContent(mt.map().view());
            timeline.setContent(mt.timeline().view());
            if (tutorial != null) {
                var m = mt.map();
                m.setOnViewChanged(() -> tutorial.mapShown(m.model().lens(), m.selectedActor()));
                mt.timeline().setOnTurnSelected(t -> {
                    m.showTurn(t);
                    tutorial.timelineTurnSelected(t);
                });
                tutorial.mapShown(m.model().lens(), m.selectedActor());
            }
        };
        map.setOnSelectionChanged(e -> { if (map.isSelected()) buildMap.run(); });
        timeline.setOnSelectionChanged(e -> { if (timeline.isSelected()) buildMap.run(); });
        tabs.getTabs().addAll(report, orders, map, timeline);
        tabs.getSelectionModel().select(Math.min(selectedTab, tabs.getTabs().size() - 1));
        if (selectedTab >= 2) buildMap.run();
        tabs.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> {
            selectedTab = b.intValue();
            if (tutorial != null) tutorial.tabShown(selectedTab);
        });
        if (tutorial != null) tutorial.tabShown(tabs.getSelectionModel().getSelectedIndex());
        return tabs;
    }

    /**
     * The orders screen with the seat's decision journal below it (every human seat, every game; the tutorial keeps
     * its screen simple): what the seat expects its orders to do, shown beside what happened in the debrief.
     */
    private Node withJournal(Node orders, String seat) {
        if (tutorial != null) return orders;
        var pane = new chokepoint.ui.facilitator.JournalPane(game(), seat, flow.session().facilitator().journal()).view();
        javafx.scene.control.TitledPane journal = new javafx.scene.control.TitledPane(Texts.get("journal.title"), pane);
        journal.setId("journalToggle");
        journal.setExpanded(false);
        BorderPane box = new BorderPane(orders);
        box.setBottom(journal);
        return box;
    }

    private void updateStatus() {
        if (ordersVm != null) status.setText(ordersVm.remainingText());
    }

    /** Asks before submitting the current seat's orders; then clears the screen for the next hand-off. */
    public void askSubmit() {
        if (flow.phase() != HotSeatFlow.Phase.SEAT_TURN) return;
        int n = flow.currentPending().size();
        String who = seatTitle(flow.currentSeat());
        app.navigator().confirm(Texts.get("submit.question", n, who), Texts.get("submit.yes"), Texts.get("common.cancel"),
                () -> {
                    flow.submit();
                    ordersVm = null;
                    show();
                });
    }

    private Node allIn() {
        Label title = new Label(Texts.get("allin.title"));
        title.getStyleClass().add("handoff-title");
        title.setWrapText(true);
        Label text = new Label(Texts.get("allin.text", aiCount()));
        text.setWrapText(true);
        Button resolve = new Button(Texts.get("allin.resolve"));
        resolve.setId("resolveTurn");
        resolve.setDefaultButton(true);
        resolve.getStyleClass().add("primary");
        resolve.setOnAction(e -> resolve());
        Button back = new Button(Texts.get("allin.back"));
        back.setId("backToSeat");
        back.setOnAction(e -> {
            flow.back();
            show();
        });
        HBox buttons = new HBox(12, back, resolve);
        buttons.setAlignment(Pos.CENTER);
        VBox box = new VBox(24, title, text, buttons);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("handoff");
        javafx.application.Platform.runLater(resolve::requestFocus);
        return box;
    }

    private long aiCount() {
        return flow.session().aiSeats().size();
    }

    /**
     * Resolves the turn off the JavaFX thread (AI decisions and market clearing can take a few seconds on a
     * classroom PC) behind a "resolving" screen, then shows the first hand-off.
     */
    private void resolve() {
        Label busy = new Label(Texts.get("allin.resolving"));
        busy.getStyleClass().add("handoff-title");
        busy.setId("resolving");
        VBox box = new VBox(24, busy, new javafx.scene.control.ProgressIndicator());
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("handoff");
        app.navigator().show(() -> box);
        resolving = true;
        Thread t = new Thread(() -> {
            Throwable failure = null;
            try {
                flow.resolve();
            } catch (RuntimeException | Error e) {
                failure = e;
            }
            Throwable f = failure;
            javafx.application.Platform.runLater(() -> afterResolve(f));
        }, "resolve-turn");
        t.setDaemon(true);
        t.start();
    }

    private void afterResolve(Throwable failure) {
        resolving = false;
        if (console != null) console.refresh();
        selectedTab = 0;
        show();
        if (tutorial != null) tutorial.refresh();
        if (failure != null) {
            String why = failure instanceof IllegalStateException && flow.session().facilitator().isPaused() ? Texts.get("allin.paused") : String.valueOf(failure.getMessage());
            app.navigator().message(Texts.get("allin.failed.title"), why);
            return;
        }
        String problem = flow.session().autosaveProblem();
        if (problem != null) app.navigator().message(Texts.get("autosave.failed.title"), problem);
    }

    /** Whether a turn is being resolved in the background. */
    public boolean resolving() {
        return resolving;
    }

    private Node gameOver() {
        List<SeatConfig> humans = flow.session().humanSeats();
        TabPane t = new TabPane();
        t.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Tab debrief = new Tab(Texts.get("tab.debrief"), Ui2Screens.debrief(game(), flow.session().facilitator().journal()));
        debrief.setId("tabDebrief");
        t.getTabs().add(debrief);
        Ui2Screens.MapAndTimeline mt = Ui2Screens.mapAndTimeline(game(), game()::history, null, app.settings().palette());
        Tab map = new Tab(Texts.get("tab.map"), mt.map().view());
        Tab timeline = new Tab(Texts.get("tab.timeline"), mt.timeline().view());
        t.getTabs().addAll(map, timeline);
        for (SeatConfig s : humans) {
            Tab r = new Tab(Texts.get("tab.reportOf", seatTitle(s)), new ReportView(new ReportViewModel(game(), s.actor())).view());
            t.getTabs().add(r);
        }
        tabs = t;
        return t;
    }
}
