package chokepoint.ui.debrief;

import chokepoint.engine.Game;
import chokepoint.engine.scenario.Scenario;
import chokepoint.engine.state.ObjectiveStatus;
import chokepoint.engine.state.TurnRecord;
import chokepoint.ui.testing.TinyGames;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DebriefModelTest {
    private final Scenario sc = TinyGames.mapped();
    private final Game game = TinyGames.fullGame(sc);
    private final DebriefModel model = new DebriefModel(game);

    @Test
    void objectivesMetAndMissedMatchTheFinalRecord() {
        TurnRecord last = game.history().get(game.history().size() - 1);
        long met = 0, total = 0;
        for (List<ObjectiveStatus> perActor : last.objectives) {
            for (ObjectiveStatus s : perActor) {
                total++;
                if (s.met()) met++;
            }
        }
        assertEquals(met, model.objectivesMet());
        assertEquals(total - met, model.objectivesMissed());
        long defined = sc.actors().stream().mapToLong(a -> a.objectives().size()).sum();
        assertEquals(defined, model.objectivesMet() + model.objectivesMissed());
        assertTrue(model.objectives().stream().allMatch(r -> r.rows().stream().allMatch(x -> x.status() != null)));
    }

    @Test
    void rankingIsByFinalScore() {
        List<DebriefModel.Rank> ranks = model.ranking();
        assertEquals(sc.actors().stream().filter(a -> a.playable()).count(), ranks.size());
        for (int i = 1; i < ranks.size(); i++) assertTrue(ranks.get(i - 1).score() >= ranks.get(i).score());
        assertEquals(1, ranks.get(0).place());
    }

    @Test
    void turningPointsIncludeTheBanAndTheSwings() {
        List<DebriefModel.TurningPoint> points = model.turningPoints();
        assertTrue(points.stream().anyMatch(p -> p.kind() == DebriefModel.PointKind.HEADLINE && p.turn() == 2
                && p.news().key().equals("news.control.imposed")));
        assertTrue(model.leverageSwings().size() <= DebriefModel.SWINGS_KEPT);
        assertTrue(model.leverageSwings().stream().allMatch(p -> p.change() > 0));
        assertTrue(model.priceSwings().stream().anyMatch(p -> p.turn() == 2), "the ban moves a price");
        assertEquals(sc.calendar().turns(), model.turnsPlayed());
    }
}
