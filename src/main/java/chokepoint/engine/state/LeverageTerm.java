package chokepoint.engine.state;

/**
 * One part of the leverage of {@code holder} over {@code dependent}: the dependent's exposure in one market.
 *
 * @param dependence share of the dependent's use of the market supplied by the holder
 * @param alternativeCover share of those imports the dependent could replace from other allowed suppliers
 * @param stockCover share covered by the dependent's stockpile over the cover horizon
 * @param exposure dependence x (1 - alternativeCover) x (1 - stockCover)
 * @param gdpWeight GDP share of the dependent's sectors that need the market, weighted by criticality
 * @param points exposure x gdpWeight x leverage scale: this term's contribution to the index
 */
public record LeverageTerm(int holder, int dependent, int market, double dependence, double alternativeCover,
                           double stockCover, double exposure, double gdpWeight, double points) {}
