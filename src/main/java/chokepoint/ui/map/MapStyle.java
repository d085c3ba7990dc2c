package chokepoint.ui.map;

import javafx.scene.paint.Color;

/** Colours and sizes of the map that do not depend on data. */
public final class MapStyle {

    public static final Color BACKGROUND = Color.web("#eef1f4");
    public static final Color OCEAN = Color.web("#c9dcec");
    public static final Color GRATICULE = Color.web("#ffffff", 0.45);
    public static final Color OUTLINE = Color.web("#9fb4c7");
    /** Land of countries that belong to no actor / have no data. */
    public static final Color NEUTRAL = Color.web("#d6d6d2");
    public static final Color BORDER = Color.web("#ffffff", 0.9);
    public static final Color HOVER_STROKE = Color.web("#1d2733");
    public static final Color SELECTED_STROKE = Color.web("#000000");
    public static final Color FOCUS_STROKE = Color.web("#d81b60");
    public static final Color FLOW = Color.web("#2f3b4c");
    public static final Color MARKER = Color.web("#b3261e");
    public static final Color ZONE = Color.web("#6a3d9a");
    public static final Color TEXT = Color.web("#1d2733");
    public static final Color HALO = Color.web("#ffffff", 0.85);

    /** Southern and northern latitude shown at zoom 1 (Antarctica is not drawn). */
    public static final double SOUTH = -58;
    public static final double NORTH = 84;

    private MapStyle() {}
}
