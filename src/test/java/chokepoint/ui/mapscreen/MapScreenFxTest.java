package chokepoint.ui.mapscreen;

import chokepoint.engine.Game;
import chokepoint.engine.scenario.Scenario;
import chokepoint.ui.testing.TinyGames;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MapScreenFxTest extends ApplicationTest {
    private final Scenario sc = TinyGames.mapped();
    private Game game;
    private MapScreen screen;

    @Override
    public void start(Stage stage) {
        game = Game.start(sc, 1);
        game.resolve(Map.of());
        game.resolve(Map.of());
        screen = new MapScreen(sc, game::history, null, null);
        screen.setShowFlows(false); // keep Japan's centre free of arrow heads
        stage.setScene(new Scene((Region) screen.view(), 1200, 720));
        stage.show();
    }

    private Color japanPixel() {
        AtomicReference<Color> c = new AtomicReference<>();
        interact(() -> {
            double[] ll = screen.map().centroidOf("392");
            Point2D p = screen.map().lonLatToLocal(ll[0], ll[1]);
            WritableImage img = screen.map().snapshot(null, null);
            c.set(img.getPixelReader().getColor((int) p.getX(), (int) p.getY()));
        });
        return c.get();
    }

    @Test
    void changingTheLensRecoloursJapan() {
        int jpn = sc.actorIndex("JPN");
        assertEquals(MapLens.NET_LEVERAGE, screen.model().lens());
        Color before = japanPixel();
        Color modelBefore = screen.colorOf(jpn);
        assertNotNull(modelBefore);
        assertTrue(distance(before, modelBefore) < 0.05, "map draws the lens colour: " + before + " vs " + modelBefore);

        clickOn("#mapscreen-lens");
        clickOn(I18nText.lens(MapLens.SHORTAGE));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(MapLens.SHORTAGE, screen.model().lens());
        interact(() -> screen.setMarket(sc.marketIndex("ndpr", "component")));
        Color after = japanPixel();
        assertNotEquals(modelBefore, screen.colorOf(jpn));
        assertTrue(distance(before, after) > 0.1, "Japan's colour changes: " + before + " -> " + after);
    }

    @Test
    void clickingJapanOpensItsPanel() {
        double[] ll = screen.map().centroidOf("392");
        Point2D local = screen.map().lonLatToLocal(ll[0], ll[1]);
        clickOn(screen.map().localToScreen(local));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(sc.actorIndex("JPN"), screen.selectedActor());
        Label title = (Label) screen.panelContent().getChildren().get(0);
        assertEquals("JPN", title.getText());
        ComboBox<?> actor = lookup("#mapscreen-actor").queryAs(ComboBox.class);
        assertEquals(sc.actorIndex("JPN"), actor.getValue());
        assertNotNull(lookup("#lev-CHN").query(), "leverage over China can be opened");
    }

    private static double distance(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) + Math.abs(a.getGreen() - b.getGreen()) + Math.abs(a.getBlue() - b.getBlue());
    }

    /** Display names the test clicks on. */
    static final class I18nText {
        static String lens(MapLens l) {
            return UiText.tr(l.key());
        }
    }
}
