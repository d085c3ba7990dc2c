package chokepoint.engine.scenario;

import java.util.List;

/**
 * A scripted event (turn &gt; 0: in force from that turn on) or a card of the random deck (turn = 0).
 *
 * @param probability chance per turn for a deck card, before the tension adjustment
 * @param tensionSensitivity 0 = independent of tension; 1 = chance scales with tension/50
 * @param repeatable whether a deck card can fire more than once per game
 */
public record EventDef(
        String id,
        Text title,
        Text text,
        int turn,
        double probability,
        double tensionSensitivity,
        boolean repeatable,
        List<EffectDef> effects,
        String source) {}
