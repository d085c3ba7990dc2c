package chokepoint.ui.app;

import chokepoint.engine.Game;
import chokepoint.engine.state.TurnRecord;
import javafx.scene.Node;
import javafx.scene.control.Label;

import java.util.List;
import java.util.function.Supplier;

/** Hosts the map, timeline and debrief screens (package chokepoint.ui.mapscreen / timeline / debrief). */
final class Ui2Screens {
    private Ui2Screens() {}

    static Node map(Game game, Supplier<List<TurnRecord>> history, String seat) {
        return new Label(Texts.get("tab.map"));
    }

    static Node timeline(Game game, Supplier<List<TurnRecord>> history, String seat) {
        return new Label(Texts.get("tab.timeline"));
    }

    static Node debrief(Game game) {
        return new Label(Texts.get("tab.debrief"));
    }
}
