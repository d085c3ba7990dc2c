package chokepoint.ai;

import chokepoint.engine.Game;
import chokepoint.engine.order.Order;
import chokepoint.engine.scenario.Scenario;

import java.util.List;

/**
 * Players meant to serve every seat of one game (make one per game). They share the game's {@link SharedFacts}
 * between their baseline seats, which is what makes a batch of many games fast: rebuilding the roster or the
 * shared facts per seat and turn was ~7 % of a batch game's time.
 */
public final class GamePlayers {
    private GamePlayers() {}

    /** Every seat on the default roster (majors balanced, producers cooperative) at {@code strength}. */
    public static AiPlayer defaultRoster(AiStrength strength) {
        return new AiPlayer() {
            private final SharedFacts shared = new SharedFacts();
            private final BaselineAi[] baselineByStyle = new BaselineAi[AiStyle.values().length];
            private Scenario scenario;
            private AiRoster roster;

            @Override
            public Decision decide(Game game, String actor) {
                return player(game, actor).decide(game, actor);
            }

            @Override
            public List<Order> orders(Game game, String actor) {
                return player(game, actor).orders(game, actor);
            }

            private AiPlayer player(Game game, String actor) {
                if (game.scenario() != scenario) {
                    scenario = game.scenario();
                    AiRoster r = AiRoster.defaults(scenario);
                    for (String seat : AiRoster.playableSeats(scenario)) r = r.with(seat, r.settingOf(scenario, seat).style(), strength);
                    roster = r;
                }
                AiRoster.Setting s = roster.settingOf(scenario, actor);
                if (s.strength() != AiStrength.BASELINE) return s.player();
                int k = s.style().ordinal();
                if (baselineByStyle[k] == null) baselineByStyle[k] = new BaselineAi(s.style(), shared);
                return baselineByStyle[k];
            }
        };
    }

    /** Every seat with one style, baseline, sharing the game's facts. */
    public static AiPlayer baseline(AiStyle style) {
        return new BaselineAi(style, new SharedFacts());
    }
}
