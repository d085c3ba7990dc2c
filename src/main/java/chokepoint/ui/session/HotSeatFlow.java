package chokepoint.ui.session;

import chokepoint.engine.order.Order;

import java.util.List;

/**
 * The hot-seat round as a small state machine, without any screen: for each human seat in order a hand-off,
 * then that seat's turn (report of the last resolution, orders); after the last seat a confirmation; then the
 * resolution and the next round. The flow exposes only the current seat's pending orders.
 */
public final class HotSeatFlow {
    public enum Phase { HANDOFF, SEAT_TURN, ALL_IN, GAME_OVER }

    private final GameSession session;
    private Phase phase;
    private int seatIndex;

    public HotSeatFlow(GameSession session) {
        this.session = session;
        if (session.humanSeats().isEmpty()) throw new IllegalArgumentException("no human seat");
        this.phase = session.game().isOver() ? Phase.GAME_OVER : Phase.HANDOFF;
    }

    public GameSession session() {
        return session;
    }

    public Phase phase() {
        return phase;
    }

    /** The human seat being handed the machine or playing; null when all orders are in or the game is over. */
    public SeatConfig currentSeat() {
        return phase == Phase.HANDOFF || phase == Phase.SEAT_TURN ? session.humanSeats().get(seatIndex) : null;
    }

    public int seatNumber() {
        return seatIndex + 1;
    }

    public int seatCount() {
        return session.humanSeats().size();
    }

    /** The current seat's pending orders (only during its turn). */
    public List<Order> currentPending() {
        if (phase != Phase.SEAT_TURN) throw new IllegalStateException("no seat is playing");
        return session.pendingOf(currentSeat().actor());
    }

    /** The seat at the hand-off confirms it is there (with its PIN if it has one). */
    public boolean ready(String pin) {
        if (phase != Phase.HANDOFF) throw new IllegalStateException("not at a hand-off");
        if (!session.pinMatches(currentSeat().actor(), pin)) return false;
        phase = Phase.SEAT_TURN;
        return true;
    }

    /** The current seat submits its orders; the next seat's hand-off, or the all-in confirmation. */
    public void submit() {
        if (phase != Phase.SEAT_TURN) throw new IllegalStateException("no seat is playing");
        if (seatIndex + 1 < seatCount()) {
            seatIndex++;
            phase = Phase.HANDOFF;
        } else {
            phase = Phase.ALL_IN;
        }
    }

    /** Back from the all-in confirmation to the last seat's hand-off (someone wants to change orders). */
    public void back() {
        if (phase != Phase.ALL_IN) throw new IllegalStateException("not at the confirmation");
        seatIndex = seatCount() - 1;
        phase = Phase.HANDOFF;
    }

    /** Starts the round again at the first seat's hand-off (after the facilitator replaced the game). */
    public void restartRound() {
        seatIndex = 0;
        phase = session.game().isOver() ? Phase.GAME_OVER : Phase.HANDOFF;
    }

    /** The pending orders of the seats that have already submitted this round (for the facilitator only). */
    public java.util.Map<String, List<Order>> submitted() {
        java.util.Map<String, List<Order>> out = new java.util.LinkedHashMap<>();
        int done = phase == Phase.ALL_IN ? seatCount() : seatIndex;
        for (int i = 0; i < done && phase != Phase.GAME_OVER; i++) {
            String a = session.humanSeats().get(i).actor();
            out.put(a, List.copyOf(session.pendingOf(a)));
        }
        return out;
    }

    /** Resolves the turn (AI seats decide now) and starts the next round, or ends the game. */
    public void resolve() {
        if (phase != Phase.ALL_IN) throw new IllegalStateException("orders are not all in");
        session.resolve();
        seatIndex = 0;
        phase = session.game().isOver() ? Phase.GAME_OVER : Phase.HANDOFF;
    }
}
