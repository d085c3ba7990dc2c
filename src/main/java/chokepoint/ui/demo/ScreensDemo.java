package chokepoint.ui.demo;

import chokepoint.engine.Game;
import chokepoint.engine.order.Order;
import chokepoint.engine.scenario.Scenario;
import chokepoint.engine.state.ControlMode;
import chokepoint.engine.state.Target;
import chokepoint.scenario.ScenarioLoader;
import chokepoint.ui.common.Fonts;
import chokepoint.ui.common.I18n;
import chokepoint.ui.debrief.DebriefScreen;
import chokepoint.ui.mapscreen.MapLens;
import chokepoint.ui.mapscreen.MapScreen;
import chokepoint.ui.timeline.MapTimelineScreen;
import chokepoint.ui.timeline.TimelineScreen;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Looks at the map, timeline and debrief screens on a real scenario: plays some turns of the bundled 2025
 * scenario (China bans refined gallium to the US and refined NdPr to Japan on the way) and shows the screens.
 * Options: --lang ja, --screen map|timeline|combo|debrief|all, --seat JPN (empty for the public view),
 * --turns 6, --size 1600x900, --export DIR (writes the debrief files and exits).
 */
public final class ScreensDemo extends Application {
    @Override
    public void start(Stage stage) throws Exception {
        Map<String, String> opt = options(getParameters().getRaw());
        I18n.setLocale(Locale.forLanguageTag(opt.getOrDefault("lang", "en")));
        Fonts.load();
        Game game = play(ScenarioLoader.loadBundled(opt.getOrDefault("scenario", "2025")),
                Integer.parseInt(opt.getOrDefault("turns", "6")));
        String seat = opt.getOrDefault("seat", "JPN");
        if (seat.isBlank() || "null".equals(seat)) seat = null;
        String viewer = seat;
        Scenario sc = game.scenario();

        if (opt.containsKey("export")) {
            DebriefScreen d = new DebriefScreen(game, null);
            d.export(Path.of(opt.get("export")));
            Platform.exit();
            return;
        }
        Parent root;
        switch (opt.getOrDefault("screen", "all")) {
            case "map" -> {
                MapScreen m = new MapScreen(sc, () -> viewer == null ? game.history() : game.view(viewer).history(), viewer, null);
                m.setPolicies(game::state);
                if (opt.containsKey("lens")) m.setLens(MapLens.valueOf(opt.get("lens")));
                if (opt.containsKey("market")) m.setMarket(sc.marketIndex(opt.get("market").split("/")[0], opt.get("market").split("/")[1]));
                m.selectActor(sc.actorIndex(opt.getOrDefault("select", "JPN")));
                root = (Parent) m.view();
            }
            case "timeline" -> {
                TimelineScreen t = new TimelineScreen(sc, () -> viewer == null ? game.history() : game.view(viewer).history(), viewer, null);
                t.selectTurn(2);
                root = (Parent) t.view();
            }
            case "combo" -> {
                MapTimelineScreen c = new MapTimelineScreen(sc, () -> viewer == null ? game.history() : game.view(viewer).history(), viewer, null);
                c.setPolicies(game::state);
                c.timeline().selectTurn(Math.min(3, game.turnsPlayed()));
                root = (Parent) c.view();
            }
            case "debrief" -> {
                DebriefScreen d = new DebriefScreen(game, null);
                d.showTab(Integer.parseInt(opt.getOrDefault("tab", "0")));
                root = (Parent) d.view();
            }
            default -> {
                MapTimelineScreen c = new MapTimelineScreen(sc, () -> viewer == null ? game.history() : game.view(viewer).history(), viewer, null);
                c.setPolicies(game::state);
                TabPane tabs = new TabPane(new Tab("Map + timeline", c.view()), new Tab("Debrief", new DebriefScreen(game, null).view()));
                tabs.getTabs().forEach(t -> t.setClosable(false));
                root = tabs;
            }
        }
        Fonts.applyTo(root);
        String[] size = opt.getOrDefault("size", "1600x900").split("x");
        stage.setScene(new Scene(root, Double.parseDouble(size[0]), Double.parseDouble(size[1])));
        stage.setTitle("Chokepoint – screens demo");
        stage.show();
        if (opt.containsKey("popup")) {
            Platform.runLater(() -> {
                if (root.lookup("#" + opt.get("popup")) instanceof javafx.scene.control.ComboBox<?> box) box.show();
            });
        }
        if (opt.containsKey("expand")) {
            Platform.runLater(() -> {
                for (String id : opt.get("expand").split(",")) {
                    if (root.lookup("#" + id) instanceof chokepoint.ui.mapscreen.Disclosure p) p.setExpanded(true);
                }
            });
        }
    }

    /** Plays {@code turns} turns; China's bans go in at turns 2 and 3 when they are valid orders. */
    static Game play(Scenario scenario, int turns) {
        Game g = Game.start(scenario, scenario.defaultSeed());
        for (int t = 1; t <= turns && !g.isOver(); t++) {
            Map<String, List<Order>> orders = new HashMap<>();
            List<Order> china = new ArrayList<>();
            if (t == 2) china.add(new Order.ImposeExportControl("CHN", "gallium", "refining", ControlMode.BAN, Target.actors("USA"), 0));
            if (t == 3) china.add(new Order.ImposeExportControl("CHN", "ndpr", "refining", ControlMode.BAN, Target.actors("JPN"), 0));
            china.removeIf(o -> !g.validate(o).isEmpty());
            if (!china.isEmpty()) orders.put("CHN", china);
            g.resolve(orders);
        }
        return g;
    }

    private static Map<String, String> options(List<String> raw) {
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i + 1 < raw.size(); i += 2) out.put(raw.get(i).replaceFirst("^--", ""), raw.get(i + 1));
        return out;
    }
}
