package chokepoint.ui.map;

import chokepoint.ui.common.Fonts;
import chokepoint.ui.common.I18n;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/** Zoom in / zoom out / reset buttons in the map's corner (mouse users; keys do the same). */
final class MapControls extends HBox {

    private final Button in = new Button("+");
    private final Button out = new Button("−");
    private final Button reset = new Button();

    MapControls(WorldMapView view) {
        super(4);
        for (Button b : new Button[] {in, out, reset}) {
            b.setFocusTraversable(false);
            b.setStyle("-fx-font-family: " + Fonts.cssFamily() + "; -fx-background-radius: 4;"
                + " -fx-opacity: 0.92;");
            b.setMinWidth(30);
        }
        in.setOnAction(e -> view.zoomIn());
        out.setOnAction(e -> view.zoomOut());
        reset.setOnAction(e -> view.resetView());
        getChildren().addAll(in, out, reset);
        setPickOnBounds(false);
    }

    private static Tooltip tip(String text) {
        Tooltip t = new Tooltip(text);
        t.setStyle("-fx-font-family: " + Fonts.cssFamily() + ";");
        return t;
    }

    void relabel() {
        in.setTooltip(tip(I18n.get("map.zoomIn") + " (+)"));
        out.setTooltip(tip(I18n.get("map.zoomOut") + " (−)"));
        reset.setText(I18n.get("map.resetView"));
        reset.setTooltip(tip(I18n.get("map.resetView") + " (0)"));
        in.setAccessibleText(I18n.get("map.zoomIn"));
        out.setAccessibleText(I18n.get("map.zoomOut"));
    }
}
