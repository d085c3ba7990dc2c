package chokepoint.ui.map;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javafx.scene.paint.Color;

/** What the map shows, set by the caller and by interaction; read by {@link MapRenderer}. */
final class MapModel {
    Function<String, Color> fill = id -> null;
    Function<String, String> tooltip = id -> null;
    List<FlowArrow> flows = List.of();
    /** Flows more than 180 degrees apart go the short way, across the map's edge. */
    boolean flowsWrap = true;
    List<MapMarker> markers = List.of();
    List<ZoneOutline> zones = List.of();
    List<SelectableGroup> groups = List.of();
    String hovered;
    String selected;
    /** Index into groups of the keyboard-focused group, -1 for none. */
    int focusedGroup = -1;
    /** Group chosen with Enter or by clicking one of its countries. */
    String selectedGroup;
    /** Marker under the mouse, or null. */
    MapMarker hoveredMarker;
    /** Where the mouse is, in local pixels (NaN when outside). */
    double mouseX = Double.NaN, mouseY = Double.NaN;

    Color fillOf(String id) {
        Color c = fill.apply(id);
        return c == null ? MapStyle.NEUTRAL : c;
    }

    SelectableGroup groupOf(String countryId) {
        for (SelectableGroup g : groups) {
            if (g.countryIds().contains(countryId)) {
                return g;
            }
        }
        return null;
    }

    Set<String> focusedGroupIds() {
        return focusedGroup >= 0 && focusedGroup < groups.size()
            ? groups.get(focusedGroup).countryIds() : Set.of();
    }

    SelectableGroup group(String id) {
        for (SelectableGroup g : groups) {
            if (g.id().equals(id)) {
                return g;
            }
        }
        return null;
    }
}
