package chokepoint.app;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class MainTest {
    @Test
    void windowWithoutArgumentsOrWithGuiOptionsElseCli() {
        assertTrue(Main.isGui(new String[0]));
        assertTrue(Main.isGui(new String[] {"--lang", "ja"}));
        assertTrue(Main.isGui(new String[] {"--screenshot-mode=orders"}));
        assertFalse(Main.isGui(new String[] {"validate", "2025"}));
        assertFalse(Main.isGui(new String[] {"help"}));
    }
}
