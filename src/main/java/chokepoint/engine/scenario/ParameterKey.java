package chokepoint.engine.scenario;

/**
 * Every model parameter a scenario may set, with its default, allowed range and meaning.
 * docs/MODEL.md explains each formula that uses them.
 */
public enum ParameterKey {
    PRICE_ADJUST_SPEED(0.5, 0.0, 1.0, "share of the gap to the target price closed each turn"),
    PRICE_MIN_FACTOR(0.3, 0.01, 1.0, "lowest price as a multiple of the reference price"),
    PRICE_MAX_FACTOR(8.0, 1.0, 100.0, "highest price as a multiple of the reference price"),
    DEMAND_PRICE_ELASTICITY(0.1, 0.0, 1.0, "short-run fall of direct demand per unit rise of the price paid (thrifting, substitution)"),
    LICENCE_APPROVAL_MIN(0.55, 0.0, 1.0, "lowest share of licensed exports approved in a turn"),
    LICENCE_APPROVAL_MAX(0.95, 0.0, 1.0, "highest share of licensed exports approved in a turn"),
    STOCK_COVER_HORIZON_DAYS(180.0, 1.0, 3650.0, "days of lost imports a stockpile must cover to count as full cover in leverage"),
    MAX_STOCK_BUY_SHARE(0.25, 0.0, 1.0, "most of a market's supply one actor's stockpile purchase may take in a turn"),
    GDP_TREND_GROWTH(0.005, -0.05, 0.05, "GDP index growth per turn without shortages"),
    SHORTAGE_GDP_SCAR(0.15, 0.0, 1.0, "share of a turn's GDP loss that persists into later turns"),
    REVENUE_TO_BUDGET(0.02, 0.0, 1.0, "share of export revenue that flows into the policy budget"),
    TARIFF_TRADE_ELASTICITY(1.0, 0.0, 5.0, "share of customary imports moved away per unit tariff rate"),
    PERMIT_RISK(0.15, 0.0, 1.0, "chance per turn that a construction project's permit is delayed by a turn"),
    PERMIT_FAILURE(0.03, 0.0, 1.0, "chance per turn that a construction project is cancelled in permitting"),
    STRANDING_PRICE_RATIO(0.6, 0.0, 1.0, "price below this multiple of reference for two turns idles new plants"),
    ZONE_FINANCING_DISCOUNT(0.25, 0.0, 0.9, "investment cost reduction for members of a zone with joint financing"),
    ZONE_PREFERENCE_BONUS(0.5, 0.0, 1.0, "extra preference weight of zone partners in the spot market"),
    CYBER_SUCCESS(0.5, 0.0, 1.0, "chance a cyber operation cuts the target capacity"),
    CYBER_DAMAGE(0.3, 0.0, 1.0, "share of the target's capacity cut for one turn by a successful cyber operation"),
    CYBER_DETECTION(0.5, 0.0, 1.0, "chance a cyber operation is attributed publicly"),
    TENSION_DECAY(2.0, 0.0, 20.0, "tension points each turn back toward the scenario's initial tension"),
    EVENT_TENSION_WEIGHT(1.0, 0.0, 5.0, "how strongly global tension scales the chance of security events"),
    SUMMIT_RELATION_GAIN(10.0, 0.0, 50.0, "relation points a summit adds"),
    LEVERAGE_SCALE(100.0, 1.0, 1000.0, "scale of the leverage index (points per unit of GDP-weighted exposure)"),
    ESCORT_PROTECTION(0.7, 0.0, 1.0, "share of a shipping disruption avoided by an escort");

    private final double defaultValue;
    private final double min;
    private final double max;
    private final String meaning;

    ParameterKey(double defaultValue, double min, double max, String meaning) {
        this.defaultValue = defaultValue;
        this.min = min;
        this.max = max;
        this.meaning = meaning;
    }

    public double defaultValue() { return defaultValue; }
    public double min() { return min; }
    public double max() { return max; }

    /** Whether {@code v} is a number within this parameter's documented range. */
    public boolean accepts(double v) { return !Double.isNaN(v) && v >= min && v <= max; }
    public String meaning() { return meaning; }

    /** The name used in scenario JSON and on the command line, e.g. {@code priceAdjustSpeed}. */
    public String jsonName() {
        StringBuilder sb = new StringBuilder();
        boolean upper = false;
        for (char c : name().toLowerCase().toCharArray()) {
            if (c == '_') { upper = true; continue; }
            sb.append(upper ? Character.toUpperCase(c) : c);
            upper = false;
        }
        return sb.toString();
    }

    public static java.util.Optional<ParameterKey> byJsonName(String name) {
        for (ParameterKey k : values()) if (k.jsonName().equals(name)) return java.util.Optional.of(k);
        return java.util.Optional.empty();
    }
}
