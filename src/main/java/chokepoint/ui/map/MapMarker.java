package chokepoint.ui.map;

import javafx.scene.paint.Color;

/**
 * A small badge drawn at a lon/lat (e.g. an export control on a country), with hover text.
 * Several markers at the same spot are drawn side by side.
 */
public record MapMarker(double lon, double lat, Symbol symbol, Color color, String tooltip) {

    /** What the badge shows. */
    public enum Symbol {
        /** A padlock: export control / licensing. */
        LOCK,
        /** A cross: ban / embargo. */
        CROSS,
        /** An exclamation mark: disruption, shortage. */
        ALERT,
        /** A plain dot. */
        DOT
    }

    public MapMarker {
        if (symbol == null) {
            symbol = Symbol.DOT;
        }
        if (color == null) {
            color = MapStyle.MARKER;
        }
        if (tooltip == null) {
            tooltip = "";
        }
    }

    public static MapMarker at(double[] lonLat, Symbol symbol, Color color, String tooltip) {
        return new MapMarker(lonLat[0], lonLat[1], symbol, color, tooltip);
    }
}
