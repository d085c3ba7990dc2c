package chokepoint.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.scene.Parent;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * Loads the bundled Japanese-capable font (IPAex Gothic, IPA Font License, classpath
 * {@value #RESOURCE}) so that Japanese renders on machines without a CJK system font.
 * JavaFX does not use loaded fonts as fallbacks: UI text must name the family, e.g. through
 * {@link #cssFamily()} or {@link #applyTo(Parent)}. The font has Latin glyphs too.
 */
public final class Fonts {

    public static final String RESOURCE = "/fonts/ipaexg.ttf";
    /** Family used when the bundled font cannot be loaded. */
    public static final String FALLBACK = "System";

    private static final Logger LOG = Logger.getLogger(Fonts.class.getName());
    private static volatile String family;

    private Fonts() {}

    /** Loads the bundled font once (thread-safe) and returns its family name ("IPAexGothic"). */
    public static String load() {
        String f = family;
        if (f == null) {
            synchronized (Fonts.class) {
                if (family == null) {
                    family = loadBundled();
                }
                f = family;
            }
        }
        return f;
    }

    private static String loadBundled() {
        try (InputStream in = Fonts.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                LOG.warning("bundled font missing: " + RESOURCE);
                return FALLBACK;
            }
            Font font = Font.loadFont(in, 12);
            if (font == null) {
                LOG.warning("JavaFX could not load " + RESOURCE);
                return FALLBACK;
            }
            return font.getFamily();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot read " + RESOURCE, e);
            return FALLBACK;
        }
    }

    /** Whether {@link #load()} found the bundled font. */
    public static boolean isBundledLoaded() {
        return !FALLBACK.equals(load());
    }

    /** The bundled family at a size (regular). */
    public static Font font(double size) {
        return Font.font(load(), size);
    }

    public static Font bold(double size) {
        return Font.font(load(), FontWeight.BOLD, size);
    }

    /** CSS value for -fx-font-family: the bundled family, then the fallback. */
    public static String cssFamily() {
        return "\"" + load() + "\", \"" + FALLBACK + "\"";
    }

    /** Sets the bundled family on a scene root (inherited by all its text). */
    public static void applyTo(Parent root) {
        String style = root.getStyle() == null ? "" : root.getStyle();
        root.setStyle(style + (style.isBlank() ? "" : "; ") + "-fx-font-family: " + cssFamily() + ";");
    }
}
