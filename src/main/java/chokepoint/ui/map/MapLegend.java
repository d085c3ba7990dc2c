package chokepoint.ui.map;

import chokepoint.ui.common.Fonts;
import chokepoint.ui.common.I18n;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/**
 * Legend for the map's colour scale: a caller-supplied title, a gradient bar of the palette with
 * min / (optional) mid / max labels, and a grey swatch for "no data / not an actor".
 */
public class MapLegend extends VBox {

    private final Label title = new Label();
    private final Rectangle bar = new Rectangle(220, 12);
    private final Label min = new Label();
    private final Label mid = new Label();
    private final Label max = new Label();
    private final Label noData = new Label();
    private Palette palette = Palette.DEFAULT;
    private boolean customNoData;

    public MapLegend() {
        super(4);
        getStyleClass().add("map-legend");
        setPadding(new Insets(8, 10, 8, 10));
        setStyle("-fx-background-color: rgba(255,255,255,0.92); -fx-background-radius: 6;"
            + " -fx-border-color: #9aa8b6; -fx-border-radius: 6;"
            + " -fx-font-family: " + Fonts.cssFamily() + ";");
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        title.setStyle("-fx-font-weight: bold; -fx-font-size: 13px;");
        title.setWrapText(true);
        title.setMaxWidth(260);
        bar.setStroke(Color.web("#5b6b7c"));
        bar.setStrokeWidth(0.5);
        Region gap1 = new Region();
        Region gap2 = new Region();
        HBox.setHgrow(gap1, Priority.ALWAYS);
        HBox.setHgrow(gap2, Priority.ALWAYS);
        HBox ticks = new HBox(min, gap1, mid, gap2, max);
        ticks.setMaxWidth(220);
        for (Label l : new Label[] {min, mid, max, noData}) {
            l.setStyle("-fx-font-size: 11px;");
        }
        Rectangle grey = new Rectangle(14, 10, MapStyle.NEUTRAL);
        grey.setStroke(Color.web("#5b6b7c"));
        grey.setStrokeWidth(0.5);
        HBox none = new HBox(6, grey, noData);
        none.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(title, bar, ticks, none);
        setPalette(Palette.DEFAULT);
        setRange(I18n.get("map.legend.low"), I18n.get("map.legend.high"));
        noData.setText(I18n.get("map.noData"));
        java.lang.ref.WeakReference<MapLegend> self = new java.lang.ref.WeakReference<>(this);
        I18n.addListener(l -> {
            MapLegend legend = self.get();
            if (legend != null && !legend.customNoData) {
                legend.noData.setText(I18n.get("map.noData"));
            }
        });
    }

    public MapLegend(String title, Palette palette, String minLabel, String maxLabel) {
        this();
        setTitle(title);
        setPalette(palette);
        setRange(minLabel, maxLabel);
    }

    public void setTitle(String text) {
        title.setText(text);
    }

    public String getTitle() {
        return title.getText();
    }

    public void setPalette(Palette p) {
        palette = p == null ? Palette.DEFAULT : p;
        bar.setFill(palette.gradient());
    }

    public Palette getPalette() {
        return palette;
    }

    /** Labels at the low and high ends of the bar (no middle label). */
    public void setRange(String minLabel, String maxLabel) {
        setRange(minLabel, null, maxLabel);
    }

    /** Labels at the ends and, for diverging scales, the middle (null hides it). */
    public void setRange(String minLabel, String midLabel, String maxLabel) {
        min.setText(minLabel == null ? "" : minLabel);
        mid.setText(midLabel == null ? "" : midLabel);
        max.setText(maxLabel == null ? "" : maxLabel);
    }

    /** Text next to the grey swatch (defaults to the localized "No data / not an actor"). */
    public void setNoDataText(String text) {
        customNoData = true;
        noData.setText(text);
        noData.getParent().setVisible(text != null && !text.isBlank());
        noData.getParent().setManaged(text != null && !text.isBlank());
    }

    public String getMinLabel() { return min.getText(); }
    public String getMaxLabel() { return max.getText(); }
}
