package chokepoint.facilitator;

import java.util.List;

/**
 * Everything of the facilitator's that a save must keep beside the game state (the edit log, the injected events
 * and the order log are in {@code GameState} already): the password hash (null = no facilitator mode), the pause
 * flag, the inject schedule, the decision journal and the AI seats' reasons. All plain records.
 */
public record FacilitatorData(FacilitatorPassword password, boolean paused, List<ScheduledInject> schedule,
                              List<JournalEntry> journal, List<SeatReason> reasons) {
    public FacilitatorData {
        schedule = List.copyOf(schedule == null ? List.of() : schedule);
        journal = List.copyOf(journal == null ? List.of() : journal);
        reasons = List.copyOf(reasons == null ? List.of() : reasons);
    }

    public static FacilitatorData empty() {
        return new FacilitatorData(null, false, List.of(), List.of(), List.of());
    }
}
