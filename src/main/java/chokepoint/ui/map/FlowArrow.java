package chokepoint.ui.map;

import javafx.scene.paint.Color;

/**
 * A trade flow drawn as a curved arrow from one lon/lat to another. Line width grows with the
 * square root of {@code volume} relative to the largest flow shown. {@code label} may be null.
 */
public record FlowArrow(double fromLon, double fromLat, double toLon, double toLat,
                        double volume, Color color, String label) {

    public FlowArrow {
        if (volume < 0 || Double.isNaN(volume)) {
            throw new IllegalArgumentException("volume must be >= 0");
        }
        if (color == null) {
            color = MapStyle.FLOW;
        }
    }

    /** Convenience: arrow between two {lon, lat} anchors such as {@link WorldMapView#centroidOf}. */
    public static FlowArrow between(double[] from, double[] to, double volume, Color color,
                                    String label) {
        return new FlowArrow(from[0], from[1], to[0], to[1], volume, color, label);
    }
}
