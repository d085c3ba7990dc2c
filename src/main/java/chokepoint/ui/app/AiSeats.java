package chokepoint.ui.app;

import chokepoint.ai.AiRoster;
import chokepoint.ai.AiStrength;
import chokepoint.ai.AiStyle;
import chokepoint.ui.session.AiPlayer;
import chokepoint.ui.session.SeatConfig;

import java.util.List;

/** The AI players of the app: each AI seat's style and strength from the setup, decided by {@link AiRoster}. */
final class AiSeats {
    private AiSeats() {}

    static AiPlayer standard() {
        return (game, seats) -> {
            AiRoster roster = AiRoster.defaults(game.scenario());
            for (SeatConfig s : seats) {
                roster = roster.with(s.actor(), AiStyle.valueOf(s.style().name()),
                        s.strength() >= 2 ? AiStrength.STRONG : AiStrength.BASELINE);
            }
            List<String> actors = seats.stream().map(SeatConfig::actor).toList();
            return roster.ordersFor(game, actors);
        };
    }
}
