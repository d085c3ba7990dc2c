package chokepoint.engine.order;

/**
 * An order a seat gives for the coming turn. Orders are values that name things by id; the engine resolves and
 * validates them ({@link OrderValidator}) and applies all seats' orders at once ({@code TurnResolver}).
 */
public sealed interface Order permits
        Order.ImposeExportControl, Order.LiftExportControl, Order.SetTariff, Order.ImposeSanction, Order.LiftSanction,
        Order.FoundZone, Order.InviteToZone, Order.LeaveZone, Order.RespondToProposal,
        Order.BuyStockpile, Order.ReleaseStockpile, Order.SetStockpileTarget,
        Order.Invest, Order.StartResearch, Order.CancelResearch,
        Order.HoldSummit, Order.ProposeOfftake, Order.ArmsSale, Order.MilitaryExercise, Order.CyberOperation,
        Order.EscortShipping {

    /** Id of the actor giving the order. */
    String actor();

    /** Stable name of the order type, used in order files and saves. */
    default String type() {
        return getClass().getSimpleName();
    }

    /** Licence, quota or ban on exports of a commodity stage to a target. quotaShare used by QUOTA only. */
    record ImposeExportControl(String actor, String commodity, String stage, chokepoint.engine.state.ControlMode mode,
                               chokepoint.engine.state.Target target, double quotaShare) implements Order {}

    /** Lifts all of the actor's controls on a commodity stage. */
    record LiftExportControl(String actor, String commodity, String stage) implements Order {}

    /** Sets a tariff (rate 0 removes it) on imports of a commodity ("*" for all) from target. */
    record SetTariff(String actor, String target, String commodity, double rate) implements Order {}

    /** Comprehensive sanctions on target, including technology (chips and equipment). */
    record ImposeSanction(String actor, String target) implements Order {}

    record LiftSanction(String actor, String target) implements Order {}

    /**
     * Founds a trade zone with the given rules. priceFloorShare (of reference price) is used with PRICE_FLOOR,
     * commonTariff with COMMON_TARIFF.
     */
    record FoundZone(String actor, String name, java.util.Set<chokepoint.engine.state.ZoneRule> rules,
                     double priceFloorShare, double commonTariff) implements Order {}

    /** Invites another actor into a zone the actor belongs to; takes effect when accepted. */
    record InviteToZone(String actor, String zone, String invitee) implements Order {}

    record LeaveZone(String actor, String zone) implements Order {}

    /** Accepts or rejects a proposal addressed to the actor (zone invitation, offtake deal, hosted plant). */
    record RespondToProposal(String actor, String proposal, boolean accept) implements Order {}

    /** Buys quantity for the strategic stockpile at market price (it competes with other buyers). */
    record BuyStockpile(String actor, String commodity, String stage, double quantity) implements Order {}

    /** Sells quantity from the stockpile into the market. */
    record ReleaseStockpile(String actor, String commodity, String stage, double quantity) implements Order {}

    /** Sets a stockpile target in days of demand; the stockpile buys towards it every turn. */
    record SetStockpileTarget(String actor, String commodity, String stage, double days) implements Order {}

    /** Builds annual capacity at a commodity stage at home or (with consent) in a producer nation. */
    record Invest(String actor, String host, String commodity, String stage, double annualCapacity) implements Order {}

    record StartResearch(String actor, String project) implements Order {}

    record CancelResearch(String actor, String project) implements Order {}

    /** A summit: better relations with target, lower tension. */
    record HoldSummit(String actor, String target) implements Order {}

    /** Offers to buy annualQuantity from seller for a number of turns; needs the seller's acceptance. */
    record ProposeOfftake(String actor, String seller, String commodity, String stage, double annualQuantity,
                          int turns) implements Order {}

    /** Arms sale to a partner (e.g. Taiwan): relations up with it, down with its rival, tension up. */
    record ArmsSale(String actor, String recipient) implements Order {}

    /** Military exercise near a target: tension up, relations with the target down. */
    record MilitaryExercise(String actor, String near) implements Order {}

    /** Cyber operation against the target's infrastructure in one commodity stage. */
    record CyberOperation(String actor, String target, String commodity, String stage) implements Order {}

    /** Naval escort of shipping of a commodity: protects own imports from shipping disruptions this turn. */
    record EscortShipping(String actor, String commodity) implements Order {}
}
