package chokepoint.facilitator;

import chokepoint.ai.Reason;

import java.util.List;

/** Reasons an AI seat gave for its orders of one turn (visible to the facilitator), rendered in its language. */
public record SeatReason(int turn, String seat, List<Reason> reasons) {
    public SeatReason {
        reasons = List.copyOf(reasons);
    }
}
