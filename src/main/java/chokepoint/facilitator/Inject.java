package chokepoint.facilitator;

import chokepoint.engine.scenario.EffectDef;
import chokepoint.engine.scenario.EventDef;
import chokepoint.engine.scenario.Text;

import java.util.List;

/**
 * An event the facilitator can put into a running game: a bilingual title and text, the effects (as in scenario
 * events, see {@link chokepoint.engine.scenario.EffectKind}) and the source it is drawn from.
 *
 * @param id lower-case id, e.g. {@code pla_exercise}
 */
public record Inject(String id, Text title, Text text, List<EffectDef> effects, String source) {
    public Inject {
        effects = List.copyOf(effects == null ? List.of() : effects);
        source = source == null ? "" : source;
    }

    /** The inject as a scenario event with the given event id, in force from {@code turn}. */
    public EventDef toEvent(String eventId, int turn) {
        return new EventDef(eventId, title, text, turn, 0, 0, false, effects, source);
    }

    /** An inject made from an event of a scenario (to re-use a deck card live). */
    public static Inject fromEvent(EventDef e) {
        return new Inject(e.id(), e.title(), e.text(), e.effects(), e.source());
    }
}
