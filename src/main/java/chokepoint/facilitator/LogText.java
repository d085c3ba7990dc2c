package chokepoint.facilitator;

import chokepoint.engine.Game;
import chokepoint.text.Messages;
import chokepoint.text.ScenarioNames;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The game's edit log in the reader's language. The log itself stays in the fixed English form the replay reads
 * ({@link Intervention}); this only words its lines for the console and the after-action report. Lines it does
 * not recognise are shown as written.
 */
public final class LogText {
    private static final Pattern ROLLED_BACK = Pattern.compile("facilitator rolled back turn (\\d+) \\(state (\\S+)\\)");
    private static final Pattern FORKED = Pattern.compile("forked from the game at turn (\\d+)");
    private static final Pattern TURN_PREFIX = Pattern.compile("^turn \\d+: ");

    private final Game game;
    private final ScenarioNames names;
    private final Messages messages;

    public LogText(Game game, String lang) {
        this.game = game;
        this.names = ScenarioNames.of(game, lang);
        this.messages = names.messages();
    }

    /** Every line of the game's log, worded. */
    public static List<String> lines(Game game, String lang) {
        LogText t = new LogText(game, lang);
        return game.state().editLog.stream().map(t::line).toList();
    }

    /** One line of this game's log, worded. */
    public String line(String raw) {
        Intervention i = Intervention.parse(raw, game.scenario().events());
        if (i instanceof Intervention.Injected in) {
            return messages.getOr("log.inject", raw, in.turn(), names.event(in.event().id()));
        }
        if (i instanceof Intervention.ParameterEdit p) {
            return messages.getOr(p.note().isBlank() ? "log.parameter" : "log.parameterNote", raw, p.turn(),
                    p.key().jsonName(), plain(p.oldValue()), plain(p.newValue()), p.note());
        }
        return note((Intervention.Note) i, raw);
    }

    private String note(Intervention.Note n, String raw) {
        String text = TURN_PREFIX.matcher(raw).replaceFirst("");
        if (text.equals("paused by the facilitator")) return messages.getOr("log.paused", raw, n.turn());
        if (text.equals("resumed by the facilitator")) return messages.getOr("log.resumed", raw, n.turn());
        Matcher m = ROLLED_BACK.matcher(text);
        if (m.matches()) return messages.getOr("log.rolledBack", raw, n.turn(), m.group(1), m.group(2));
        m = FORKED.matcher(text);
        if (m.matches()) return messages.getOr("log.forked", raw, n.turn(), m.group(1));
        return raw;
    }

    private static String plain(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
}
