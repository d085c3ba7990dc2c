package chokepoint.engine.scenario;

/**
 * One commodity at one stage: the unit that clears as a market each turn.
 *
 * @param unit quantity unit of flows, capacities, demand and stocks (e.g. "t REO", "kg Ga", "Mcm")
 * @param inputRatio units of the previous stage of the same commodity needed per unit produced here
 *                   (ignored for the first stage of a chain)
 * @param referencePrice price at turn 0 in US$ per unit of quantity
 * @param buildCost investment cost in US$ per unit of annual capacity
 * @param leadTurns turns from an investment order to production
 */
public record MarketDef(
        String commodity,
        String stage,
        String unit,
        double inputRatio,
        Sourced referencePrice,
        Sourced buildCost,
        int leadTurns) {

    public String key() {
        return commodity + "/" + stage;
    }
}
