package chokepoint.analysis;

import chokepoint.engine.Game;
import chokepoint.scenario.ScenarioException;
import chokepoint.scenario.ScenarioLoader;

import java.util.Map;

/** Small games to start excursions from: the classroom scenario (8 yearly turns), a few turns played. */
final class ExcursionFixtures {
    private ExcursionFixtures() {}

    /** Classroom, seed 3, {@code turns} turns resolved without orders. */
    static Game classroomAfter(int turns) {
        Game g;
        try {
            g = Game.start(ScenarioLoader.loadBundled("classroom"), 3);
        } catch (ScenarioException e) {
            throw new IllegalStateException(e);
        }
        for (int t = 0; t < turns; t++) g.resolve(Map.of());
        return g;
    }
}
