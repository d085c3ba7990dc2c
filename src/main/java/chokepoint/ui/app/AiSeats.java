package chokepoint.ui.app;

import chokepoint.ai.AiRoster;
import chokepoint.ai.Decision;
import chokepoint.engine.Game;
import chokepoint.engine.order.Order;
import chokepoint.ai.AiStrength;
import chokepoint.ai.AiStyle;
import chokepoint.ui.session.AiPlayer;
import chokepoint.ui.session.SeatConfig;

import java.util.List;
import java.util.Map;

/** The AI players of the app: each AI seat's style and strength from the setup, decided by {@link AiRoster}. */
final class AiSeats {
    private AiSeats() {}

    static AiPlayer standard() {
        return new AiPlayer() {
            @Override
            public Map<String, List<Order>> decide(Game game, List<SeatConfig> seats) {
                return decideWithReasons(game, seats).orders();
            }

            @Override
            public Decided decideWithReasons(Game game, List<SeatConfig> seats) {
                Map<String, Decision> d = roster(game, seats).decisionsFor(game, seats.stream().map(SeatConfig::actor).toList());
                return new Decided(AiRoster.orders(d), AiRoster.reasons(d));
            }
        };
    }

    private static AiRoster roster(Game game, List<SeatConfig> seats) {
        AiRoster roster = AiRoster.defaults(game.scenario());
        for (SeatConfig s : seats) {
            roster = roster.with(s.actor(), style(s), s.strength() >= 2 ? AiStrength.STRONG : AiStrength.BASELINE);
        }
        return roster;
    }

    /** The AI seats' styles as set up (human seats left out), for the facilitator's excursions. */
    static Map<String, AiStyle> styles(List<SeatConfig> seats) {
        Map<String, AiStyle> out = new java.util.LinkedHashMap<>();
        for (SeatConfig s : seats) if (s.control() == SeatConfig.Control.AI) out.put(s.actor(), style(s));
        return out;
    }

    private static AiStyle style(SeatConfig s) {
        return AiStyle.valueOf(s.style().name());
    }
}
