package chokepoint.facilitator;

/**
 * An inject prepared to fire at the start of {@code turn} (before seats give orders for it).
 *
 * @param key unique within its schedule; part of the event id the inject gets when it fires
 */
public record ScheduledInject(String key, int turn, Inject inject) {
    /** Id of the scenario event this entry becomes when it fires. */
    public String eventId() {
        String id = "sch-" + key + "-" + inject.id();
        return id.length() > 64 ? id.substring(0, 64) : id;
    }
}
