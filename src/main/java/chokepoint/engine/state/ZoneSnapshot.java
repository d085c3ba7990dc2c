package chokepoint.engine.state;

import java.util.List;

/** A trade zone as it stood at the end of a turn's policy step (public: who was in it), kept in the turn record. */
public record ZoneSnapshot(String id, String name, String founder, List<String> members, int foundedTurn) {
    public ZoneSnapshot {
        // not List.copyOf: a damaged save may hold nulls here, which the save checker reports with their path
        members = members == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(members));
    }

    public static ZoneSnapshot of(TradeZone z) {
        return new ZoneSnapshot(z.id, z.name, z.founder, z.members, z.foundedTurn);
    }

    /** Snapshots of all zones, in the state's order. */
    public static List<ZoneSnapshot> of(List<TradeZone> zones) {
        ZoneSnapshot[] out = new ZoneSnapshot[zones.size()];
        for (int i = 0; i < out.length; i++) out[i] = of(zones.get(i));
        return List.of(out);
    }
}
