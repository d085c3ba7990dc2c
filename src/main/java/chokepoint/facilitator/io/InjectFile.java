package chokepoint.facilitator.io;

import chokepoint.facilitator.Inject;
import chokepoint.facilitator.ScheduledInject;

import java.util.List;

/** The contents of an inject JSON file: a list of injects (a library) and/or a schedule of (turn, inject). */
public record InjectFile(List<Inject> injects, List<ScheduledInject> schedule) {
    public InjectFile {
        injects = List.copyOf(injects);
        schedule = List.copyOf(schedule);
    }
}
