package chokepoint.facilitator;

import chokepoint.engine.scenario.EventDef;
import chokepoint.engine.scenario.ParameterKey;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of the game's edit log ({@code GameState.editLog}) read back as what the facilitator did between turns,
 * so a game can be replayed with its injects and parameter edits at the same moments. {@code turn} is the turn
 * being played when it happened (it applies before that turn resolves).
 */
public sealed interface Intervention {
    int turn();

    /** The log line exactly as the game wrote it. */
    String line();

    /** An inject (engine line {@code "turn T: inject ID"}); the event is the one stored in the scenario. */
    record Injected(int turn, EventDef event, String line) implements Intervention {}

    /** A parameter edit (facilitator line {@code "turn T: parameter KEY OLD -> NEW: NOTE"}). */
    record ParameterEdit(int turn, ParameterKey key, double oldValue, double newValue, String note, String line)
            implements Intervention {}

    /** Any other log line (pause, resume, rollback notes): kept in place on replay, no effect on play. */
    record Note(int turn, String line) implements Intervention {}

    Pattern INJECT = Pattern.compile("^turn (\\d+): inject (\\S+)$");
    Pattern PARAMETER = Pattern.compile("^turn (\\d+): parameter (\\S+) (\\S+) -> (\\S+)(?:: (.*))?$");
    Pattern TURN = Pattern.compile("^turn (\\d+):.*", Pattern.DOTALL);

    static String parameterLine(int turn, ParameterKey key, double oldValue, double newValue, String note) {
        String base = String.format(Locale.ROOT, "turn %d: parameter %s %s -> %s", turn, key.jsonName(),
                Double.toString(oldValue), Double.toString(newValue));
        return note == null || note.isBlank() ? base : base + ": " + note.replace('\n', ' ');
    }

    static String noteLine(int turn, String text) {
        return "turn " + turn + ": " + text.replace('\n', ' ');
    }

    /** Reads one log line; {@code events} resolves inject ids (the scenario's event list). */
    static Intervention parse(String line, java.util.List<EventDef> events) {
        Matcher m = INJECT.matcher(line);
        if (m.matches()) {
            int turn = Integer.parseInt(m.group(1));
            for (EventDef e : events) {
                if (e.id().equals(m.group(2))) return new Injected(turn, e, line);
            }
            return new Note(turn, line);
        }
        m = PARAMETER.matcher(line);
        if (m.matches()) {
            var key = ParameterKey.byJsonName(m.group(2));
            if (key.isPresent()) {
                try {
                    return new ParameterEdit(Integer.parseInt(m.group(1)), key.get(), Double.parseDouble(m.group(3)),
                            Double.parseDouble(m.group(4)), m.group(5) == null ? "" : m.group(5), line);
                } catch (NumberFormatException ignored) {
                    // falls through to a note
                }
            }
        }
        m = TURN.matcher(line);
        return new Note(m.matches() ? Integer.parseInt(m.group(1)) : 0, line);
    }
}
