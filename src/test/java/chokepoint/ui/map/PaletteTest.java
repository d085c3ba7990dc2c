package chokepoint.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

class PaletteTest {

    @Test
    void endsAndClamping() {
        assertEquals(Color.web("#440154"), Palette.VIRIDIS.color(0));
        assertEquals(Color.web("#fde725"), Palette.VIRIDIS.color(1));
        assertEquals(Palette.VIRIDIS.color(1), Palette.VIRIDIS.color(7));
        assertEquals(MapStyle.NEUTRAL, Palette.VIRIDIS.color(Double.NaN));
        assertEquals(Palette.CIVIDIS.color(0.5), Palette.CIVIDIS.color(5, 0, 10));
    }

    @Test
    void sequentialScalesGetLighter() {
        for (Palette p : Palette.values()) {
            if (p.kind() != Palette.Kind.SEQUENTIAL) {
                continue;
            }
            double lo = p.color(0).getBrightness(), hi = p.color(1).getBrightness();
            assertTrue(Math.abs(hi - lo) > 0.5, p + " has contrast");
        }
    }

    @Test
    void divergingMiddleIsLight() {
        Color mid = Palette.BLUE_ORANGE.color(0, -1, 0, 1);
        assertTrue(mid.getBrightness() > 0.9 && mid.getSaturation() < 0.1);
        assertTrue(Palette.BLUE_ORANGE.color(-1, -1, 0, 1).getBlue() > 0.5);
    }

    @Test
    void byName() {
        assertEquals(Palette.BLUE_ORANGE, Palette.byName("blue-orange"));
        assertEquals(Palette.HIGH_CONTRAST, Palette.byName("highcontrast"));
        assertEquals(Palette.DEFAULT, Palette.byName("nope"));
        assertEquals("palette.blueorange", Palette.BLUE_ORANGE.messageKey());
    }
}
