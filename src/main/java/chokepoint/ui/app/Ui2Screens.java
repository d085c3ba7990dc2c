package chokepoint.ui.app;

import chokepoint.engine.Game;
import chokepoint.engine.state.TurnRecord;
import chokepoint.ui.debrief.DebriefScreen;
import chokepoint.ui.map.Palette;
import chokepoint.ui.mapscreen.MapScreen;
import chokepoint.ui.timeline.TimelineScreen;
import javafx.scene.Node;

import java.util.List;
import java.util.function.Supplier;

/**
 * Hosts the map, timeline and debrief screens (packages chokepoint.ui.mapscreen / timeline / debrief) in the
 * game window. A seat's screens get that seat's redacted history; seat null is the public view.
 */
final class Ui2Screens {
    /** The map and timeline of one viewer; choosing a turn on the timeline scrubs the map to it. */
    record MapAndTimeline(MapScreen map, TimelineScreen timeline) {}

    private Ui2Screens() {}

    static MapAndTimeline mapAndTimeline(Game game, Supplier<List<TurnRecord>> history, String seat, String palette) {
        MapScreen map = new MapScreen(game.scenario(), history, seat, null);
        map.setPolicies(game::state);
        applyPalette(map, palette);
        TimelineScreen timeline = new TimelineScreen(game.scenario(), history, seat, null);
        timeline.setOnTurnSelected(map::showTurn);
        return new MapAndTimeline(map, timeline);
    }

    static void applyPalette(MapScreen map, String name) {
        Palette chosen;
        try {
            chosen = name == null || name.isBlank() ? Palette.DEFAULT : Palette.byName(name);
        } catch (IllegalArgumentException e) {
            chosen = Palette.DEFAULT;
        }
        if (chosen == null) chosen = Palette.DEFAULT;
        Palette sequential = chosen.kind() == Palette.Kind.SEQUENTIAL ? chosen : Palette.DEFAULT;
        Palette diverging = chosen.kind() == Palette.Kind.DIVERGING ? chosen : Palette.BLUE_ORANGE;
        map.setPalettes(sequential, diverging);
    }

    /** The debrief of a finished game with every seat's decision journal (expected beside actual). */
    static Node debrief(Game game, chokepoint.facilitator.DecisionJournal journal) {
        return new DebriefScreen(game, null).setJournal(journal).view();
    }
}
