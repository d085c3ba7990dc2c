package chokepoint.facilitator;

import java.util.List;

/** Reasons an AI seat gave for its orders of one turn (visible to the facilitator). */
public record SeatReason(int turn, String seat, List<String> reasons) {
    public SeatReason {
        reasons = List.copyOf(reasons);
    }
}
