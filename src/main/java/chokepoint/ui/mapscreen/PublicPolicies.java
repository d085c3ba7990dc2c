package chokepoint.ui.mapscreen;

import chokepoint.engine.state.ExportControl;
import chokepoint.engine.state.GameState;
import chokepoint.engine.state.TradeZone;

import java.util.ArrayList;
import java.util.List;

/**
 * The policies in force that every seat may see: export controls and trade-zone memberships. Taken from the
 * live game state, because turn records do not keep them; hidden figures of the state are not copied.
 */
public record PublicPolicies(List<ExportControl> controls, List<Zone> zones) {

    /** A trade zone as drawn on the map. */
    public record Zone(String id, String name, String founder, List<String> members, int foundedTurn) {}

    public static final PublicPolicies NONE = new PublicPolicies(List.of(), List.of());

    public PublicPolicies {
        controls = List.copyOf(controls);
        zones = List.copyOf(zones);
    }

    public static PublicPolicies of(GameState s) {
        if (s == null) return NONE;
        List<Zone> zones = new ArrayList<>();
        for (TradeZone z : s.zones) zones.add(new Zone(z.id, z.name, z.founder, List.copyOf(z.members), z.foundedTurn));
        return new PublicPolicies(s.controls, zones);
    }

    /**
     * Controls in force at a past turn, as far as the current list tells: controls lifted since are no longer
     * known (the map shows their effect through the turn record's blocked imports instead).
     */
    public List<ExportControl> controlsAt(int turn) {
        List<ExportControl> out = new ArrayList<>();
        for (ExportControl c : controls) {
            if (c.sinceTurn() <= turn && (c.untilTurn() == 0 || c.untilTurn() >= turn)) out.add(c);
        }
        return out;
    }

    /** Zones founded by a past turn, with their current members. */
    public List<Zone> zonesAt(int turn) {
        List<Zone> out = new ArrayList<>();
        for (Zone z : zones) if (z.foundedTurn() <= turn) out.add(z);
        return out;
    }
}
