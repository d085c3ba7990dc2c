package chokepoint.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.text.Font;
import org.junit.jupiter.api.Test;

class FontsTest {

    @Test
    void loadsBundledJapaneseFont() throws Exception {
        assertTrue(Fonts.class.getResource(Fonts.RESOURCE) != null, "font on classpath");
        String family = Fonts.load();
        assertEquals("IPAexGothic", family);
        assertTrue(Fonts.isBundledLoaded());
        assertEquals(family, Font.font(family, 12).getFamily());
        assertTrue(Fonts.cssFamily().startsWith("\"IPAexGothic\""));
    }
}
