package chokepoint.ui.mapscreen;

/**
 * What the map colours show. Leverage lenses are over all markets (the engine's leverage index); the others
 * are for the chosen commodity and stage.
 */
public enum MapLens {
    /** Seat's leverage over each other actor: leverage[seat][x]. */
    LEVERAGE_OVER_OTHERS(true, true),
    /** Each other actor's leverage over the seat: leverage[x][seat]. */
    LEVERAGE_OVER_SEAT(true, true),
    /** Public view: each actor's net leverage, the sum of leverage[x][y] over all y. */
    NET_LEVERAGE(false, true),
    /** Share of the actor's supply (own output included) from its largest single source, 0..1. */
    SUPPLIER_DEPENDENCE(false, false),
    /** Stockpile in days of use. */
    STOCK_COVER_DAYS(false, false),
    /** Unmet demand as a share of demand, 0..1. */
    SHORTAGE(false, false);

    private final boolean needsSeat;
    private final boolean diverging;

    MapLens(boolean needsSeat, boolean diverging) {
        this.needsSeat = needsSeat;
        this.diverging = diverging;
    }

    public boolean needsSeat() { return needsSeat; }

    /** Diverging scale around 0 (leverage) rather than sequential. */
    public boolean diverging() { return diverging; }

    /** Whether the value depends on the chosen commodity and stage. */
    public boolean perMarket() { return !diverging; }

    /** Message key of the lens name. */
    public String key() {
        return "mapscreen.lens." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
