package chokepoint.persistence;

import chokepoint.engine.Game;
import chokepoint.engine.state.GameState;
import chokepoint.engine.state.TurnRecord;

/**
 * Checks a game against its own record: starts the scenario again with the seed, replays the recorded orders
 * turn by turn and compares each turn's state hash with the hash in the saved history. Facilitator injects
 * change the scenario's event list and take effect between turns; a replay only reproduces what is recorded,
 * so a game with injects may differ from the turn of the first inject (the result says so).
 */
public final class Replay {
    private Replay() {}

    /**
     * @param ok whether every turn matched
     * @param turnsChecked turns compared, including turn 0 (the start)
     * @param firstMismatch first turn whose hash differs, or -1
     */
    public record Result(boolean ok, int turnsChecked, int firstMismatch, String expectedHash, String actualHash,
                         String message) {}

    public static Result verify(GameState saved) {
        int checked = 0;
        int turn = 0;
        try {
            Game g = Game.start(saved.scenario, saved.seed, Game.Options.DEFAULT, saved.drawRule);
            Result r = compare(saved, 0, g.history().get(0));
            if (r != null) return r;
            checked = 1;
            for (turn = 1; turn <= saved.orderLog.size(); turn++) {
                if (turn >= saved.history.size()) {
                    return new Result(false, checked, turn, null, null, "the saved history has no record of turn " + turn);
                }
                TurnRecord rec = g.resolve(saved.orderLog.get(turn - 1));
                r = compare(saved, turn, rec);
                if (r != null) return r;
                checked++;
            }
            return new Result(true, checked, -1, null, null, "replay matches all " + checked + " recorded turns");
        } catch (RuntimeException e) {
            return new Result(false, checked, turn, null, null, "replay failed at turn " + turn + ": " + e);
        }
    }

    private static Result compare(GameState saved, int turn, TurnRecord replayed) {
        String expected = saved.history.get(turn).stateHash;
        if (replayed.stateHash.equals(expected)) return null;
        String why = saved.editLog.isEmpty() ? "" : " (the game has facilitator edits or injects, which a replay does not repeat: "
                + String.join("; ", saved.editLog) + ")";
        return new Result(false, turn, turn, expected, replayed.stateHash,
                "turn " + turn + " differs: recorded " + shortHash(expected) + ", replayed " + shortHash(replayed.stateHash) + why);
    }

    private static String shortHash(String h) {
        return h == null ? "none" : h.substring(0, Math.min(12, h.length()));
    }
}
