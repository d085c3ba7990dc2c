package chokepoint.ui.tutorial;

import chokepoint.engine.Game;
import chokepoint.engine.scenario.ActorDef;
import chokepoint.engine.scenario.Scenario;
import chokepoint.ui.app.ScenarioCatalog;
import chokepoint.ui.session.AiPlayer;
import chokepoint.ui.session.GameSession;
import chokepoint.ui.session.SeatConfig;

import java.util.ArrayList;
import java.util.List;

/**
 * The tutorial's game: the classroom scenario (else the first one available) with its default seed, one human
 * seat (Japan, else the United States, else the first playable actor) and every other playable actor AI.
 */
public final class TutorialSetup {
    public static final String SCENARIO = "classroom";
    public static final List<String> PREFERRED_SEATS = List.of("JPN", "USA");

    private TutorialSetup() {}

    public static Scenario scenario(ScenarioCatalog catalog) throws Exception {
        List<String> ids = catalog.ids();
        if (ids.isEmpty()) throw new IllegalStateException("no scenario");
        return catalog.load(ids.contains(SCENARIO) ? SCENARIO : ids.get(0));
    }

    /** The actor the player takes in the tutorial. */
    public static String seat(Scenario sc) {
        List<String> playable = sc.actors().stream().filter(ActorDef::playable).map(ActorDef::id).toList();
        for (String p : PREFERRED_SEATS) if (playable.contains(p)) return p;
        if (playable.isEmpty()) throw new IllegalStateException("no playable actor");
        return playable.get(0);
    }

    /** A new tutorial session at turn 1. */
    public static GameSession session(Scenario sc, AiPlayer ai) {
        String human = seat(sc);
        List<SeatConfig> seats = new ArrayList<>();
        for (ActorDef a : sc.actors()) {
            if (!a.playable()) continue;
            seats.add(a.id().equals(human) ? SeatConfig.human(a.id(), "")
                    : SeatConfig.ai(a.id(), SeatConfig.AiStyle.BALANCED, 1));
        }
        return new GameSession(Game.start(sc, sc.defaultSeed()), seats, ai);
    }
}
