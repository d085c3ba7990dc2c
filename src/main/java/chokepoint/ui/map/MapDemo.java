package chokepoint.ui.map;

import chokepoint.ui.common.Fonts;
import chokepoint.ui.common.I18n;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.application.Application;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;

/**
 * Visual check of the map with made-up numbers (no game rules): {@code MapDemo [ja]}.
 * A plain launcher class because a main class extending Application cannot start from the
 * classpath.
 */
public final class MapDemo {

    private MapDemo() {}

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The demo window. */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            if (getParameters().getRaw().contains("ja")) {
                I18n.setLocale(Locale.JAPANESE);
            }
            Fonts.load();
            WorldMapView map = new WorldMapView();
            Map<String, Double> leverage = new HashMap<>(Map.of("156", 0.92, "840", 0.35,
                "392", 0.18, "036", 0.55, "180", 0.7, "152", 0.6, "360", 0.65, "643", 0.4,
                "076", 0.3, "710", 0.45));
            WorldGeometry.EU_MEMBERS.forEach(id -> leverage.put(id, 0.22));
            map.setFill(id -> leverage.containsKey(id) ? Palette.VIRIDIS.color(leverage.get(id)) : null);
            map.setTooltipProvider(id -> leverage.containsKey(id)
                ? I18n.get("map.tooltip.countryValue", map.countryName(id),
                    String.format("%.2f", leverage.get(id)))
                : map.countryName(id));
            double[] chn = map.centroidOf("156"), jpn = map.centroidOf("392");
            double[] usa = map.centroidOf("840"), eu = map.centroidOf(WorldGeometry.EU);
            map.setFlows(List.of(
                FlowArrow.between(chn, jpn, 40, Color.web("#b35806"), "REE 40 kt"),
                FlowArrow.between(chn, usa, 25, Color.web("#b35806"), "REE 25 kt"),
                FlowArrow.between(chn, eu, 30, Color.web("#b35806"), null),
                FlowArrow.between(map.centroidOf("036"), chn, 55, Color.web("#2166ac"), "Li 55 kt"),
                FlowArrow.between(map.centroidOf("180"), chn, 70, Color.web("#2166ac"), "Co 70 kt"),
                FlowArrow.between(map.centroidOf("152"), jpn, 12, Color.web("#2166ac"), "Cu")));
            map.setMarkers(List.of(
                MapMarker.at(chn, MapMarker.Symbol.LOCK, null,
                    I18n.get("map.tooltip.exportControl", "Ga, Ge", "China")),
                MapMarker.at(chn, MapMarker.Symbol.CROSS, null,
                    I18n.get("map.tooltip.ban", "Sb", "China")),
                MapMarker.at(map.centroidOf("360"), MapMarker.Symbol.ALERT, Color.web("#e08214"),
                    "Nickel ore export ban")));
            map.setZones(List.of(new ZoneOutline(WorldGeometry.EU_MEMBERS, Color.web("#1f4e99"), 2.5,
                "EU")));
            map.setSelectableGroups(List.of(
                new SelectableGroup("USA", "United States", Set.of("840")),
                new SelectableGroup("CHN", "China", Set.of("156")),
                new SelectableGroup("JPN", "Japan", Set.of("392")),
                new SelectableGroup("EU", "European Union", WorldGeometry.EU_MEMBERS)));
            map.selectCountry("392");

            MapLegend legend = new MapLegend(I18n.get("map.legend.leverageOverOthers", "REE"),
                Palette.VIRIDIS, "0", "1");
            StackPane.setAlignment(legend, Pos.BOTTOM_LEFT);
            StackPane.setMargin(legend, new Insets(12));
            StackPane center = new StackPane(map, legend);

            Label title = new Label(I18n.get("map.lens.title") + ": "
                + I18n.get("map.lens.leverageOverOthers") + " — 日本・中国・米国・EU（レアアース）");
            title.setStyle("-fx-font-size: 18px; -fx-padding: 8 12 8 12;");
            BorderPane root = new BorderPane(center);
            root.setTop(title);
            Fonts.applyTo(root);
            stage.setTitle(I18n.get("demo.title"));
            stage.setScene(new Scene(root, 1400, 800));
            stage.show();
            if (getParameters().getRaw().contains("pacific")) {
                map.setZoom(3);
                map.centerOn(175, 55);
            }
            if (getParameters().getRaw().contains("hover")) {
                javafx.animation.PauseTransition later =
                    new javafx.animation.PauseTransition(javafx.util.Duration.seconds(1));
                later.setOnFinished(e -> hoverEu(map, eu));
                later.play();
            }
        }

        /** Simulates the mouse over the EU anchor, to see the hover box in screenshots. */
        private static void hoverEu(WorldMapView map, double[] eu) {
            {
                javafx.geometry.Point2D p = map.localToScene(map.lonLatToLocal(eu[0], eu[1]));
                javafx.event.Event.fireEvent(map, new javafx.scene.input.MouseEvent(
                    javafx.scene.input.MouseEvent.MOUSE_MOVED, p.getX(), p.getY(), 0, 0,
                    javafx.scene.input.MouseButton.NONE, 0, false, false, false, false, false,
                    false, false, false, false, false, null));
            }
        }
    }
}
