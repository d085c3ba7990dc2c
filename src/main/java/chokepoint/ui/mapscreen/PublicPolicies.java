package chokepoint.ui.mapscreen;

import chokepoint.engine.state.ExportControl;
import chokepoint.engine.state.GameState;
import chokepoint.engine.state.TradeZone;
import chokepoint.engine.state.TurnRecord;
import chokepoint.engine.state.ZoneSnapshot;

import java.util.ArrayList;
import java.util.List;

/**
 * The policies in force that every seat may see: export controls and trade-zone memberships, from the live game
 * state (what is in force now) or from a turn record (what was in force that turn); hidden figures are not copied.
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

    /** The policies a turn record kept (those in force when its markets cleared). */
    public static PublicPolicies of(TurnRecord r) {
        List<Zone> zones = new ArrayList<>();
        for (ZoneSnapshot z : r.zones) zones.add(new Zone(z.id(), z.name(), z.founder(), z.members(), z.foundedTurn()));
        return new PublicPolicies(r.controls, zones);
    }

    /**
     * For records of older saves, which did not keep policies: the live controls in force at a past turn as far as
     * the current list tells (controls lifted since are no longer known; the map shows their effect through the
     * record's blocked imports) and the zones founded by then, with their current members.
     */
    public PublicPolicies at(int turn) {
        List<ExportControl> cs = new ArrayList<>();
        for (ExportControl c : controls) {
            if (c.sinceTurn() <= turn && (c.untilTurn() == 0 || c.untilTurn() >= turn)) cs.add(c);
        }
        List<Zone> zs = new ArrayList<>();
        for (Zone z : zones) if (z.foundedTurn() <= turn) zs.add(z);
        return new PublicPolicies(cs, zs);
    }
}
