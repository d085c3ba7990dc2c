package chokepoint.ui.map;

import java.util.Set;
import javafx.scene.paint.Color;

/** A thick outline around the outer border of a set of countries (e.g. a trade zone). */
public record ZoneOutline(Set<String> countryIds, Color color, double width, String label) {

    public ZoneOutline {
        countryIds = Set.copyOf(countryIds);
        if (color == null) {
            color = MapStyle.ZONE;
        }
        if (width <= 0) {
            width = 3;
        }
    }

    public ZoneOutline(Set<String> countryIds, Color color) {
        this(countryIds, color, 3, null);
    }
}
