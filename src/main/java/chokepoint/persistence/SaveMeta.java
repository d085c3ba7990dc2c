package chokepoint.persistence;

import chokepoint.engine.state.GameState;

import java.util.ArrayList;
import java.util.List;

/**
 * What a save list shows without loading the game: the scenario, how far the game is, who plays which seat and
 * the name the player gave it (or null for an autosave).
 *
 * @param turn turns resolved so far
 * @param label calendar label of the last resolved turn ("Q3 2026"), or "start"
 */
public record SaveMeta(String scenarioId, String scenarioName, int turn, String label, List<Seat> seats, String name) {
    public SaveMeta {
        seats = seats == null ? List.of() : List.copyOf(seats);
    }

    /**
     * Meta for a state; {@code seats} may be null (every playable actor is then listed as an AI seat whose style was
     * not chosen: null, the role's default style, e.g. for saves of the headless runner).
     */
    public static SaveMeta of(GameState s, String name, List<Seat> seats) {
        List<Seat> list = seats;
        if (list == null) {
            list = new ArrayList<>();
            for (var a : s.scenario.actors()) if (a.playable()) list.add(new Seat(a.id(), false, "", null, 1));
        }
        String label = s.turn == 0 ? "start" : s.scenario.calendar().label(s.turn);
        String scenarioName = s.scenario.name() == null ? s.scenario.id() : s.scenario.name().en();
        return new SaveMeta(s.scenario.id(), scenarioName, s.turn, label, list, name);
    }
}
