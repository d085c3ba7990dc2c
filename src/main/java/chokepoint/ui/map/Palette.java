package chokepoint.ui.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;

/**
 * Colour-blind-safe colour scales. Sequential scales run from low to high; diverging scales have
 * a light neutral middle. {@link #color(double)} takes t in [0, 1] (clamped; NaN gives
 * {@link MapStyle#NEUTRAL}).
 */
public enum Palette {
    /** Perceptually uniform purple-blue-green-yellow (matplotlib viridis). Default. */
    VIRIDIS(Kind.SEQUENTIAL, "#440154", "#482878", "#3e4989", "#31688e", "#26828e",
        "#1f9e89", "#35b779", "#6ece58", "#b5de2b", "#fde725"),
    /** Blue to yellow, designed for red-green colour blindness (cividis). */
    CIVIDIS(Kind.SEQUENTIAL, "#00204c", "#213d6b", "#555b6c", "#7b7a77", "#a59c74",
        "#d3c064", "#ffe945"),
    /** Blue (low) - near white - orange (high), after ColorBrewer PuOr. */
    BLUE_ORANGE(Kind.DIVERGING, "#2166ac", "#67a9cf", "#d1e5f0", "#f7f7f7", "#fee0b6",
        "#f1a340", "#b35806"),
    /** Very light yellow to near black blue, for projectors and low vision (YlGnBu, extended). */
    HIGH_CONTRAST(Kind.SEQUENTIAL, "#ffffd9", "#c7e9b4", "#41b6c4", "#225ea8", "#0c2c84",
        "#020b2e");

    /** Sequential (ordered, low to high) or diverging (two sides of a midpoint). */
    public enum Kind { SEQUENTIAL, DIVERGING }

    public static final Palette DEFAULT = VIRIDIS;

    private final Kind kind;
    private final Color[] stops;

    Palette(Kind kind, String... hex) {
        this.kind = kind;
        this.stops = new Color[hex.length];
        for (int i = 0; i < hex.length; i++) {
            stops[i] = Color.web(hex[i]);
        }
    }

    public Kind kind() {
        return kind;
    }

    /** Colour at t in [0, 1], interpolated between the palette's stops. */
    public Color color(double t) {
        if (Double.isNaN(t)) {
            return MapStyle.NEUTRAL;
        }
        double c = Math.max(0, Math.min(1, t)) * (stops.length - 1);
        int i = Math.min(stops.length - 2, (int) Math.floor(c));
        return stops[i].interpolate(stops[i + 1], c - i);
    }

    /** Colour of value on the scale [min, max]. */
    public Color color(double value, double min, double max) {
        return color(max == min ? 0.5 : (value - min) / (max - min));
    }

    /** Diverging use: values below mid map to [0, 0.5), above to (0.5, 1]. */
    public Color color(double value, double min, double mid, double max) {
        if (value <= mid) {
            return color(mid == min ? 0.5 : 0.5 * (value - min) / (mid - min));
        }
        return color(max == mid ? 0.5 : 0.5 + 0.5 * (value - mid) / (max - mid));
    }

    /** A left-to-right gradient of the whole scale, for legends. */
    public LinearGradient gradient() {
        List<Stop> s = new ArrayList<>();
        for (int i = 0; i < stops.length; i++) {
            s.add(new Stop((double) i / (stops.length - 1), stops[i]));
        }
        return new LinearGradient(0, 0, 1, 0, true, CycleMethod.NO_CYCLE, s);
    }

    /** i18n key of the palette's display name, e.g. "palette.viridis". */
    public String messageKey() {
        return "palette." + name().toLowerCase(Locale.ROOT).replace("_", "");
    }

    /** Looks a palette up by name, case-insensitively ("viridis", "blue-orange"); default otherwise. */
    public static Palette byName(String name) {
        if (name == null) {
            return DEFAULT;
        }
        String n = name.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (Palette p : values()) {
            if (p.name().equals(n) || p.name().replace("_", "").equals(n)) {
                return p;
            }
        }
        return DEFAULT;
    }
}
