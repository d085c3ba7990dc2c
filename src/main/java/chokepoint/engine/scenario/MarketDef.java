package chokepoint.engine.scenario;

/**
 * One commodity at one stage: the unit that clears as a market each turn.
 *
 * @param unit quantity unit of flows, capacities, demand and stocks (e.g. "t REO", "kg Ga", "Mcm"), as written in
 *             reports and CSV files
 * @param inputRatio units of the previous stage of the same commodity needed per unit produced here
 *                   (ignored for the first stage of a chain)
 * @param referencePrice price at turn 0 in US$ per unit of quantity
 * @param buildCost investment cost in US$ per unit of annual capacity
 * @param leadTurns turns from an investment order to production
 * @param unitName the unit as shown to players in each language; null shows {@code unit} as written
 */
public record MarketDef(
        String commodity,
        String stage,
        String unit,
        double inputRatio,
        Sourced referencePrice,
        Sourced buildCost,
        int leadTurns,
        Text unitName) {

    /** A market whose unit reads the same in every language. */
    public MarketDef(String commodity, String stage, String unit, double inputRatio, Sourced referencePrice,
                     Sourced buildCost, int leadTurns) {
        this(commodity, stage, unit, inputRatio, referencePrice, buildCost, leadTurns, null);
    }

    /** The unit in a language ("en" or "ja"). */
    public String unitIn(String lang) {
        return unitName == null ? unit : unitName.in(lang);
    }

    public String key() {
        return commodity + "/" + stage;
    }
}
