package chokepoint.engine.resolve;

import chokepoint.engine.scenario.EffectDef;
import chokepoint.engine.scenario.EventDef;
import chokepoint.engine.scenario.ParameterKey;
import chokepoint.engine.state.Draw;
import chokepoint.engine.state.GameState;
import chokepoint.engine.state.NewsItem;
import chokepoint.engine.state.Rng;

import java.util.List;

/**
 * Step 8: events. At the end of turn t the scripted events of turn t+1 fire and random deck cards are drawn,
 * their chance scaled by global tension; their effects are in force from turn t+1, so every seat reads them in
 * its next briefing.
 */
public final class EventStep {
    private EventStep() {}

    static void run(TurnContext c) {
        fire(c.s, c.turn + 1, c.rng, c.news, c.events);
        // tension drifts back to the scenario's structural level: a crisis calms down, a détente fades. The drift
        // is judged from where the turn began, so this turn's summits and provocations count in full for a turn.
        double decay = c.sc.parameters().get(ParameterKey.TENSION_DECAY);
        double level = c.sc.initialTension().value();
        double gap = c.tensionAtStart - level;
        c.adjustTension(-Math.signum(gap) * Math.min(decay, Math.abs(gap)));
    }

    /**
     * Fires the scripted events of {@code turn} and draws the deck; used at game start for turn 1 too.
     * Fired event ids are added to {@code fired}, news to {@code news}.
     */
    public static void fire(GameState s, int turn, Rng rng, List<NewsItem> news, List<String> fired) {
        if (turn > s.scenario.calendar().turns()) return;
        double weight = s.scenario.parameters().get(ParameterKey.EVENT_TENSION_WEIGHT);
        for (EventDef e : s.scenario.events()) {
            boolean scripted = e.turn() > 0;
            if (scripted) {
                if (e.turn() != turn || s.firedEvents.contains(e.id())) continue;
            } else {
                if (!e.repeatable() && s.firedEvents.contains(e.id())) continue;
                double chance = e.probability() * (1 + e.tensionSensitivity() * weight * (s.tension / 50.0 - 1));
                double u = Draw.EVENT.in(s, rng, turn, Draw.of(e.id()), 0, 0);
                if (u >= Math.max(0, Math.min(1, chance))) continue;
            }
            for (EffectDef effect : e.effects()) Effects.apply(s, effect, null, turn, "event:" + e.id());
            s.firedEvents.add(e.id());
            fired.add(e.id());
            news.add(NewsItem.publicNews(3, "news.event", e.id()));
        }
    }
}
