package chokepoint.ui.app;

import chokepoint.engine.order.Order;
import chokepoint.ui.session.GameSession;
import chokepoint.ui.session.HotSeatFlow;
import chokepoint.ui.settings.Settings;

import java.util.List;

/**
 * Opens a given screen straight away, for documentation screenshots ({@code docs/screenshots/make.sh}):
 * {@code --screenshot-mode menu|setup|tutorial|tutorial-orders|handoff|orders|report|map|timeline|debrief|excursion} and
 * {@code --lang en|ja} (neither is saved); the White Cell's other screens are in {@link FacilitatorShots}.
 */
final class ScreenshotMode {
    private ScreenshotMode() {}

    static boolean wanted(List<String> args) {
        return option(args, "--screenshot-mode") != null;
    }

    /** Screenshots never touch the player's settings or the saves folder: both go to a temporary folder. */
    static AppContext context() {
        try {
            java.nio.file.Path tmp = java.nio.file.Files.createTempDirectory("chokepoint-shots");
            tmp.toFile().deleteOnExit();
            return new AppContext(tmp.resolve("settings"), tmp.resolve("saves"), ScenarioCatalog.bundled(), AiSeats.standard());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static void apply(ChokepointApp app, List<String> args) {
        String lang = option(args, "--lang");
        if (lang != null) {
            Settings s = app.settings().withLanguage(lang);
            app.applySettings(s, false);
        }
        if (args.contains("--large-text")) app.applySettings(app.settings().withLargeText(true), false);
        String screen = option(args, "--screenshot-mode");
        if (screen == null) return;
        switch (screen) {
            case "menu" -> app.showMainMenu();
            case "setup" -> app.showNewGame();
            case "tutorial", "tutorial-orders" -> {
                app.startTutorial();
                if (app.currentGame() != null) app.currentGame().showTab("tutorial".equals(screen) ? 2 : 1);
            }
            case "handoff", "orders", "report", "map", "timeline", "debrief" -> game(app, screen);
            case "excursion" -> excursion(app);
            default -> {
                if (FacilitatorShots.SCREENS.contains(screen)) FacilitatorShots.apply(app, screen, option(args, "--out"));
            }
        }
    }

    private static void game(ChokepointApp app, String screen) {
        NewGameViewModel vm = new NewGameViewModel(app.context().scenarios());
        GameSession session = vm.start(app.context().ai());
        GameScreen g = GameScreen.open(app, session);
        HotSeatFlow flow = g.flow();
        if ("handoff".equals(screen)) return;
        String first = session.humanSeats().get(0).actor();
        var sc = session.game().scenario();
        var market = sc.markets().get(Math.min(1, sc.markets().size() - 1));
        if (!"orders".equals(screen)) {
            int rounds = "debrief".equals(screen) ? session.game().scenario().calendar().turns() : 2;
            for (int r = 0; r < rounds && !session.game().isOver(); r++) {
                for (var seat : session.humanSeats()) {
                    flow.ready("");
                    var pending = flow.currentPending();
                    pending.add(new Order.BuyStockpile(seat.actor(), market.commodity(), market.stage(), 50));
                    flow.submit();
                }
                flow.resolve();
            }
            if (!session.game().isOver()) flow.ready("");
            g.showTab("map".equals(screen) ? 2 : "timeline".equals(screen) ? 3 : 0);
            return;
        }
        flow.ready("");
        session.pendingOf(first).add(new Order.BuyStockpile(first, market.commodity(), market.stage(), 50));
        g.showTab(1);
    }

    /**
     * The White Cell's excursion tab in the main window: the default game after two turns, China keeping a ban on
     * NdPr oxide to Japan, 12 runs per arm; the chart shows Japan's net leverage once the runs are done.
     */
    private static void excursion(ChokepointApp app) {
        GameSession session = new NewGameViewModel(app.context().scenarios()).start(app.context().ai());
        var f = session.facilitator();
        for (int t = 0; t < 2; t++) f.resolve(java.util.Map.of());
        var console = new chokepoint.ui.facilitator.FacilitatorConsole(f, null);
        app.navigator().show(console::view);
        var pane = console.showExcursions();
        int japan = Math.max(0, f.game().scenario().actorIndex("JPN"));
        pane.show(chokepoint.analysis.Metric.Kind.LEVERAGE, japan);
        pane.start("control.CHN.ndpr/refining.JPN=ban", 12, 1);
    }

    private static String option(List<String> args, String name) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals(name) && i + 1 < args.size()) return args.get(i + 1);
            if (a.startsWith(name + "=")) return a.substring(name.length() + 1);
        }
        return null;
    }
}
