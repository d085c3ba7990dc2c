package chokepoint.ui.mapscreen;

import java.util.List;

/**
 * What the country panel shows for one actor at one turn. Others' budgets and stockpiles are the seat's
 * estimates when the history was redacted for a seat ({@code exact} is false then).
 */
public record CountryFigures(int actor, int turn, double gdpIndex, double score, double budget, boolean exact,
                             List<MarketFigures> markets, List<LeverageFigure> leverage) {

    /** One market's figures for the actor; {@code largestSupplier} is -1 when it has no supply. */
    public record MarketFigures(int market, double production, double use, double demand, double imports,
                                double exports, double shortage, double shortageShare, double stock,
                                double stockDays, int largestSupplier, double largestSupplierShare,
                                double blocked, int blockedBy) {
        /** Whether the actor has anything to do with this market this turn. */
        public boolean active() {
            return production > 0 || use > 0 || demand > 0 || imports > 0 || exports > 0 || stock > 0;
        }
    }

    /** The actor's leverage over another actor (negative: the other holds leverage over it). */
    public record LeverageFigure(int other, double value) {}
}
