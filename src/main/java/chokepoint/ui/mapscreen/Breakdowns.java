package chokepoint.ui.mapscreen;

import java.util.List;

/** What a figure of the country panel is made of. */
public final class Breakdowns {
    private Breakdowns() {}

    /**
     * One exposure term. {@code sign} is +1 when the dependent of the figure depends on the holder (adds to the
     * holder's leverage) and -1 for the reverse exposure (subtracts).
     */
    public record LeverageRow(int holder, int dependent, int market, double dependence, double alternativeCover,
                              double stockCover, double exposure, double gdpWeight, double points, int sign) {
        public double signedPoints() { return sign * points; }
    }

    /**
     * Leverage of holder over dependent: the engine's figure, the terms that make it up and what the kept terms
     * do not explain (the engine keeps the six largest terms per pair; the rest is {@code otherPoints}).
     */
    public record LeverageBreakdown(int holder, int dependent, double total, List<LeverageRow> rows,
                                    double otherPoints) {
        public double rowSum() {
            double s = otherPoints;
            for (LeverageRow r : rows) s += r.signedPoints();
            return s;
        }
    }

    /** One source of an actor's supply in a market (the actor itself for domestic supply). */
    public record SupplierRow(int supplier, double quantity, double share) {}

    public record ImportBreakdown(int buyer, int market, double total, List<SupplierRow> rows) {}

    /**
     * Why an actor fell short: unmet demand, imports held back by export controls and the main controller
     * ({@code blockedBy} -1 if none), and where the supply it did get came from.
     */
    public record ShortageBreakdown(int actor, int market, double demand, double shortage, double shortageShare,
                                    double blocked, int blockedBy, double stock, List<SupplierRow> supply) {}
}
