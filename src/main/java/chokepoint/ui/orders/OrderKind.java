package chokepoint.ui.orders;

import java.util.List;

import static chokepoint.ui.orders.Field.*;

/** Every order type of {@code chokepoint.engine.order.Order}, with the fields of its form, grouped for menus. */
public enum OrderKind {
    IMPOSE_EXPORT_CONTROL("ImposeExportControl", Group.TRADE, COMMODITY, STAGE, MODE, TARGET, QUOTA_PERCENT),
    LIFT_EXPORT_CONTROL("LiftExportControl", Group.TRADE, COMMODITY, STAGE),
    SET_TARIFF("SetTariff", Group.TRADE, OTHER, TARIFF_COMMODITY, RATE_PERCENT),
    IMPOSE_SANCTION("ImposeSanction", Group.TRADE, OTHER),
    LIFT_SANCTION("LiftSanction", Group.TRADE, OTHER),
    FOUND_ZONE("FoundZone", Group.ZONES, NAME, RULES, FLOOR_PERCENT, TARIFF_PERCENT),
    INVITE_TO_ZONE("InviteToZone", Group.ZONES, ZONE, OTHER),
    LEAVE_ZONE("LeaveZone", Group.ZONES, ZONE),
    RESPOND_TO_PROPOSAL("RespondToProposal", Group.ZONES, PROPOSAL, ANSWER),
    BUY_STOCKPILE("BuyStockpile", Group.STOCKPILE, COMMODITY, STAGE, QUANTITY),
    RELEASE_STOCKPILE("ReleaseStockpile", Group.STOCKPILE, COMMODITY, STAGE, QUANTITY),
    SET_STOCKPILE_TARGET("SetStockpileTarget", Group.STOCKPILE, COMMODITY, STAGE, DAYS),
    INVEST("Invest", Group.INVEST, HOST, COMMODITY, STAGE, QUANTITY),
    START_RESEARCH("StartResearch", Group.INVEST, PROJECT),
    CANCEL_RESEARCH("CancelResearch", Group.INVEST, RUNNING_PROJECT),
    HOLD_SUMMIT("HoldSummit", Group.DIPLOMACY, OTHER),
    PROPOSE_OFFTAKE("ProposeOfftake", Group.DIPLOMACY, OTHER, COMMODITY, STAGE, QUANTITY, TURNS),
    ARMS_SALE("ArmsSale", Group.SECURITY, OTHER),
    MILITARY_EXERCISE("MilitaryExercise", Group.SECURITY, OTHER),
    CYBER_OPERATION("CyberOperation", Group.SECURITY, OTHER, COMMODITY, STAGE),
    ESCORT_SHIPPING("EscortShipping", Group.SECURITY, COMMODITY);

    public enum Group { TRADE, ZONES, STOCKPILE, INVEST, DIPLOMACY, SECURITY }

    private final String type;
    private final Group group;
    private final List<Field> fields;

    OrderKind(String type, Group group, Field... fields) {
        this.type = type;
        this.group = group;
        this.fields = List.of(fields);
    }

    /** The engine's order type name ({@code Order.type()}). */
    public String type() {
        return type;
    }

    public Group group() {
        return group;
    }

    public List<Field> fields() {
        return fields;
    }

    public static OrderKind ofType(String type) {
        for (OrderKind k : values()) if (k.type.equals(type)) return k;
        throw new IllegalArgumentException("unknown order type " + type);
    }
}
