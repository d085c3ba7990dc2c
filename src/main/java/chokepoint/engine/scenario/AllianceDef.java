package chokepoint.engine.scenario;

import java.util.List;

/** A standing alliance or partnership at the start (e.g. US–Japan alliance); members prefer each other in trade. */
public record AllianceDef(String id, Text name, List<String> members, String source) {}
