package chokepoint.ui.orders;

/**
 * One input of an order form. CHOICE fields offer {@link OrdersViewModel#options}; NUMBER fields take a decimal
 * (PERCENT fields are entered in percent and passed to the engine as a share); TEXT is free text; RULES is a set
 * of zone rules (comma-separated constant names).
 */
public enum Field {
    COMMODITY(Type.CHOICE),
    STAGE(Type.CHOICE),
    TARIFF_COMMODITY(Type.CHOICE),
    MODE(Type.CHOICE),
    TARGET(Type.CHOICE),
    OTHER(Type.CHOICE),
    HOST(Type.CHOICE),
    ZONE(Type.CHOICE),
    PROJECT(Type.CHOICE),
    RUNNING_PROJECT(Type.CHOICE),
    PROPOSAL(Type.CHOICE),
    ANSWER(Type.CHOICE),
    QUANTITY(Type.NUMBER),
    DAYS(Type.NUMBER),
    TURNS(Type.NUMBER),
    QUOTA_PERCENT(Type.PERCENT),
    RATE_PERCENT(Type.PERCENT),
    FLOOR_PERCENT(Type.PERCENT),
    TARIFF_PERCENT(Type.PERCENT),
    NAME(Type.TEXT),
    RULES(Type.RULES);

    public enum Type { CHOICE, NUMBER, PERCENT, TEXT, RULES }

    private final Type type;

    Field(Type type) {
        this.type = type;
    }

    public Type type() {
        return type;
    }

    /** Message key of the field label. */
    public String labelKey() {
        return "orders.field." + name();
    }
}
