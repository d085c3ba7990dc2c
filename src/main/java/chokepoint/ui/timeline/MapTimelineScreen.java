package chokepoint.ui.timeline;

import chokepoint.engine.scenario.Scenario;
import chokepoint.engine.state.GameState;
import chokepoint.engine.state.TurnRecord;
import chokepoint.ui.common.I18n;
import chokepoint.ui.mapscreen.MapScreen;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;

import java.util.List;
import java.util.function.Supplier;

/** The map above the timeline, wired so that selecting a turn scrubs the map to it. */
public final class MapTimelineScreen {
    private final MapScreen map;
    private final TimelineScreen timeline;
    private final SplitPane root = new SplitPane();

    /** @param i18n unused: the shared {@link I18n} is static; kept for the screens' common constructor shape */
    public MapTimelineScreen(Scenario scenario, Supplier<List<TurnRecord>> history, String seat, I18n i18n) {
        map = new MapScreen(scenario, history, seat, i18n);
        timeline = new TimelineScreen(scenario, history, seat, i18n);
        timeline.setOnTurnSelected(map::showTurn);
        root.setOrientation(Orientation.VERTICAL);
        root.getItems().addAll(map.view(), timeline.view());
        root.setDividerPositions(0.56);
    }

    public Node view() { return root; }

    public MapScreen map() { return map; }

    public TimelineScreen timeline() { return timeline; }

    /** See {@link MapScreen#setPolicies(Supplier)}. */
    public void setPolicies(Supplier<GameState> state) {
        map.setPolicies(state);
    }

    /** Back to the latest turn and re-read the history (call after each resolved turn). */
    public void refresh() {
        map.showTurn(-1);
        timeline.refresh();
    }
}
