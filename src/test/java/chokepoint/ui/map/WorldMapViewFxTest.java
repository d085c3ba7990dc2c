package chokepoint.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

class WorldMapViewFxTest extends ApplicationTest {

    private WorldMapView map;
    private final AtomicReference<String> clicked = new AtomicReference<>();
    private final AtomicReference<String> group = new AtomicReference<>();

    @Override
    public void start(Stage stage) {
        map = new WorldMapView();
        map.setCountryColors(Map.of("392", Color.RED, "156", Color.GOLD));
        map.setOnCountrySelected(clicked::set);
        map.setOnGroupSelected(group::set);
        map.setSelectableGroups(List.of(
            new SelectableGroup("JPN", "Japan", Set.of("392")),
            new SelectableGroup("CHN", "China", Set.of("156"))));
        map.setFlows(List.of(FlowArrow.between(map.centroidOf("156"), map.centroidOf("392"),
            10, Color.NAVY, "REE")));
        map.setMarkers(List.of(MapMarker.at(map.centroidOf("156"), MapMarker.Symbol.LOCK,
            null, "Export control")));
        stage.setScene(new Scene(map, 1000, 520));
        stage.show();
    }

    private Point2D screenOf(double[] lonLat) {
        Point2D local = map.lonLatToLocal(lonLat[0], lonLat[1]);
        return map.localToScreen(local);
    }

    @Test
    void clickOnJapanSelectsIt() {
        double[] c = map.centroidOf("392");
        Point2D local = map.lonLatToLocal(c[0], c[1]);
        assertEquals("392", map.countryAt(local.getX(), local.getY()));
        clickOn(screenOf(c));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("392", clicked.get());
        assertEquals("JPN", group.get());
        assertEquals("392", map.getSelectedCountry());
    }

    @Test
    void plusZoomsInAndResetRestores() {
        clickOn(screenOf(new double[] {-30, 0})); // ocean: focuses the map, selects nothing
        assertNull(clicked.get());
        double before = map.getZoom();
        write("+");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(map.getZoom() > before, "zoom " + before + " -> " + map.getZoom());
        assertEquals(map.getZoom(), map.zoomProperty().get(), 1e-9);
        write("-");
        write("-");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, map.getZoom(), 1e-9, "clamped at 1");
        interact(() -> {
            map.zoomBy(3);
            map.resetView();
        });
        assertEquals(1, map.getZoom(), 1e-9);
    }

    @Test
    void tabCyclesGroupsAndEnterSelects() {
        clickOn(screenOf(new double[] {-30, 0}));
        type(KeyCode.TAB);
        assertEquals("JPN", map.getFocusedGroup());
        type(KeyCode.TAB);
        assertEquals("CHN", map.getFocusedGroup());
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("CHN", group.get());
        assertEquals("CHN", map.getSelectedGroup());
    }

    @Test
    void dragPansWhenZoomed() {
        interact(() -> map.setZoom(3));
        Point2D before = map.lonLatToLocal(0, 0);
        Point2D from = map.localToScreen(500, 260);
        drag(from).moveBy(-120, 40).drop();
        WaitForAsyncUtils.waitForFxEvents();
        Point2D after = map.lonLatToLocal(0, 0);
        assertNotEquals(before.getX(), after.getX(), 1.0);
        assertNull(clicked.get(), "a drag is not a click");
    }
}
