package chokepoint.ui.app;

import chokepoint.engine.order.Order;
import chokepoint.facilitator.Expectation;
import chokepoint.facilitator.Inject;
import chokepoint.facilitator.JournalEntry;
import chokepoint.facilitator.PublicView;
import chokepoint.facilitator.io.InjectFileException;
import chokepoint.facilitator.io.InjectJson;
import chokepoint.facilitator.report.AfterActionReport;
import chokepoint.ui.common.I18n;
import chokepoint.ui.facilitator.ProjectorView;
import chokepoint.ui.session.GameSession;
import chokepoint.ui.session.HotSeatFlow;
import javafx.scene.control.CheckBox;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Screenshot modes of the White Cell (docs/FACILITATOR.md): the setup in facilitator mode, the console on a game with
 * injects scheduled and orders given ({@code console} shows the Seats tab, {@code console-injects} the schedule), the
 * projector, and {@code aar}, which writes the after-action report into {@code --out DIR} for make.sh to render.
 */
final class FacilitatorShots {
    static final Set<String> SCREENS = Set.of("facilitator-setup", "console", "console-injects", "projector", "aar");
    private static final String SCENARIO = "2025";

    private FacilitatorShots() {}

    static void apply(ChokepointApp app, String screen, String out) {
        if ("facilitator-setup".equals(screen)) {
            setup(app);
            return;
        }
        GameScreen g = exercise(app);
        GameSession s = g.session();
        switch (screen) {
            case "console", "console-injects" -> {
                g.openFacilitator();
                Stage console = fill(otherWindow(app));
                TabPane tabs = (TabPane) console.getScene().lookup("#facTabs");
                tabs.getSelectionModel().select("console".equals(screen) ? 0 : 1);
                var library = (javafx.scene.control.ListView<?>) console.getScene().lookup("#facLibrary");
                if (library != null) library.getSelectionModel().select(1);
            }
            case "projector" -> fill(ProjectorView.openWindow(() -> PublicView.of(s.facilitator().game())));
            case "aar" -> {
                try {
                    AfterActionReport.of(s.facilitator()).language(I18n.getLocale().getLanguage()).write(Path.of(out));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                javafx.application.Platform.exit();
            }
            default -> { }
        }
    }

    /** The setup with facilitator mode chosen and the password typed twice. */
    private static void setup(ChokepointApp app) {
        app.showNewGame();
        var root = app.navigator().scene().getRoot();
        ((CheckBox) root.lookup("#facilitatorMode")).fire();
        ((PasswordField) root.lookup("#facPassword1")).setText("white-cell");
        ((PasswordField) root.lookup("#facPassword2")).setText("white-cell");
    }

    /**
     * The 2025 scenario two turns in: three injects scheduled (one fired), the human seats' orders and journal
     * notes, the AI's orders and reasons, and the first seat's orders of turn 3 already in.
     */
    private static GameScreen exercise(ChokepointApp app) {
        NewGameViewModel vm = new NewGameViewModel(app.context().scenarios());
        if (vm.scenarioIds().contains(SCENARIO)) vm.select(SCENARIO);
        GameSession session = vm.start(app.context().ai());
        GameScreen g = GameScreen.open(app, session);
        var f = session.facilitator();
        List<Inject> library;
        try {
            library = InjectJson.bundledLibrary();
        } catch (InjectFileException e) {
            throw new IllegalStateException(e);
        }
        f.schedule().add(2, library.get(1));
        f.schedule().add(4, library.get(3));
        f.schedule().add(5, library.get(0));
        var market = session.game().scenario().markets().get(Math.min(1, session.game().scenario().marketCount() - 1));
        HotSeatFlow flow = g.flow();
        for (int round = 0; round < 3; round++) {
            for (var seat : session.humanSeats()) {
                flow.ready("");
                String a = seat.actor();
                flow.currentPending().add(new Order.BuyStockpile(a, market.commodity(), market.stage(), 40 + 10 * round));
                f.journal().write(new JournalEntry(session.game().currentTurn(), a, Texts.get("shots.journal"),
                        Expectation.price(market.commodity(), market.stage(), Expectation.Direction.UP)));
                flow.submit();
                if (round == 2) break; // turn 3: only the first seat has given its orders
            }
            if (round < 2) flow.resolve();
        }
        g.showTab(0);
        return g;
    }

    private static Stage otherWindow(ChokepointApp app) {
        for (Window w : Window.getWindows()) if (w != app.stage() && w instanceof Stage s) return s;
        throw new IllegalStateException("no second window");
    }

    /** The window over the whole screen, as the facilitator's second monitor would show it. */
    private static Stage fill(Stage s) {
        var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        s.setX(screen.getMinX());
        s.setY(screen.getMinY());
        s.setWidth(screen.getWidth());
        s.setHeight(screen.getHeight());
        s.toFront();
        return s;
    }
}
