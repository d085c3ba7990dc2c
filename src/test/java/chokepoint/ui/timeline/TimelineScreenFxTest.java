package chokepoint.ui.timeline;

import chokepoint.engine.Game;
import chokepoint.engine.scenario.Scenario;
import chokepoint.ui.testing.TinyGames;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimelineScreenFxTest extends ApplicationTest {
    private final Scenario sc = TinyGames.mapped();
    private final List<Integer> selected = new ArrayList<>();
    private Game game;
    private TimelineScreen screen;

    @Override
    public void start(Stage stage) {
        game = TinyGames.withBan(sc, 2);
        screen = new TimelineScreen(sc, () -> game.view("JPN").history(), "JPN", null);
        screen.setOnTurnSelected(selected::add);
        stage.setScene(new Scene((Region) screen.view(), 1200, 700));
        stage.show();
    }

    @Test
    void clickingATurnCallsTheCallback() {
        clickOn("#turn-2");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(2), selected);
        assertEquals(2, screen.selectedTurn());
        clickOn("#turn-0");
        assertEquals(List.of(2, 0), selected);
    }

    @Test
    void clickingAChartScrubsToTheNearestTurn() {
        LineChart<Number, Number> c = screen.charts().get(1);
        javafx.scene.chart.NumberAxis x = (javafx.scene.chart.NumberAxis) c.getXAxis();
        double px = x.getDisplayPosition(3);
        javafx.geometry.Point2D onAxis = x.localToScreen(px, -20); // just above the axis, inside the plot
        clickOn(onAxis);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(3), selected);
    }

    @Test
    void chartsHaveOnePointPerTurn() {
        int records = game.turnsPlayed() + 1;
        for (LineChart<Number, Number> c : screen.charts()) {
            assertFalse(c.getData().isEmpty(), "chart " + c.getId() + " has lines");
            assertFalse(c.getAnimated());
            for (XYChart.Series<Number, Number> s : c.getData()) {
                assertTrue(s.getData().size() <= records);
            }
        }
        XYChart.Series<Number, Number> first = screen.charts().get(0).getData().get(0);
        assertEquals(records, first.getData().size());
    }
}
