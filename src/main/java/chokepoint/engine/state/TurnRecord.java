package chokepoint.engine.state;

import java.util.List;

/**
 * Everything that happened in one resolved turn, kept in the game's history: the timeline, the debrief, the
 * headless report and scrubbing the map to a past turn all read it. Arrays are [actor][market] per turn
 * quantities in the market's unit.
 */
public final class TurnRecord {
    public final int turn;
    public final String label;
    public String stateHash;
    public final double tension;
    public final double[] price;
    public final double[] outsidePrice;
    public final double[][] demand;
    public final double[][] production;
    public final double[][] recycled;
    public final double[][] use;
    public final double[][] shortage;
    public final double[][] stock;
    public final double[][] imports;
    public final double[][] exports;
    /** Volume of the buyer's imports held back by each control: [buyer][market], with the main controller. */
    public final double[][] blocked;
    public final int[][] blockedBy;
    public final List<Flow> flows;
    public final double[] gdpIndex;
    public final double[] budget;
    public final double[] score;
    public final double[] exportRevenue;
    public final double[][] sectorLoss;
    public final double[][] leverage;
    public final List<LeverageTerm> leverageTerms;
    public final List<List<ObjectiveStatus>> objectives;
    public final List<String> events;
    public final List<NewsItem> news;
    /**
     * Export controls in force when this turn's markets cleared (public: controls are announced), or null in records
     * of saves made before records kept them.
     */
    public final List<ExportControl> controls;
    /** Trade zones and their members when this turn's markets cleared; null in records of older saves. */
    public final List<ZoneSnapshot> zones;

    public TurnRecord(int turn, String label, double tension, double[] price, double[] outsidePrice,
                      double[][] demand, double[][] production, double[][] recycled, double[][] use,
                      double[][] shortage, double[][] stock, double[][] imports, double[][] exports,
                      double[][] blocked, int[][] blockedBy, List<Flow> flows, double[] gdpIndex, double[] budget,
                      double[] score, double[] exportRevenue, double[][] sectorLoss, double[][] leverage,
                      List<LeverageTerm> leverageTerms, List<List<ObjectiveStatus>> objectives, List<String> events,
                      List<NewsItem> news, List<ExportControl> controls, List<ZoneSnapshot> zones) {
        this.turn = turn;
        this.label = label;
        this.tension = tension;
        this.price = price;
        this.outsidePrice = outsidePrice;
        this.demand = demand;
        this.production = production;
        this.recycled = recycled;
        this.use = use;
        this.shortage = shortage;
        this.stock = stock;
        this.imports = imports;
        this.exports = exports;
        this.blocked = blocked;
        this.blockedBy = blockedBy;
        this.flows = flows;
        this.gdpIndex = gdpIndex;
        this.budget = budget;
        this.score = score;
        this.exportRevenue = exportRevenue;
        this.sectorLoss = sectorLoss;
        this.leverage = leverage;
        this.leverageTerms = leverageTerms;
        this.objectives = objectives;
        this.events = events;
        this.news = news;
        this.controls = controls;
        this.zones = zones;
    }

    /** Shortage as a share of demand (0..1). */
    public double shortageShare(int actor, int market) {
        double d = demand[actor][market];
        return d <= 0 ? 0 : shortage[actor][market] / d;
    }

    /** Imports of buyer in a market from one supplier, from the flows. */
    public double importsFrom(int buyer, int supplier, int market) {
        double q = 0;
        for (Flow f : flows) if (f.buyer() == buyer && f.seller() == supplier && f.market() == market) q += f.quantity();
        return q;
    }

    /** Share of the buyer's supply (own production included) from its largest single source. */
    public double largestSupplierShare(int buyer, int market) {
        double total = 0;
        double max = 0;
        double[] bySeller = new double[gdpIndex.length];
        for (Flow f : flows) if (f.buyer() == buyer && f.market() == market) bySeller[f.seller()] += f.quantity();
        for (double q : bySeller) { total += q; max = Math.max(max, q); }
        return total <= 0 ? 0 : max / total;
    }

    /** Index of the buyer's largest source in a market, or -1. */
    public int largestSupplier(int buyer, int market) {
        double[] bySeller = new double[gdpIndex.length];
        for (Flow f : flows) if (f.buyer() == buyer && f.market() == market) bySeller[f.seller()] += f.quantity();
        int best = -1;
        for (int s = 0; s < bySeller.length; s++) if (bySeller[s] > 0 && (best < 0 || bySeller[s] > bySeller[best])) best = s;
        return best;
    }

    /** World production share of an actor in a market. */
    public double productionShare(int actor, int market) {
        double total = 0;
        for (double[] p : production) total += p[market];
        return total <= 0 ? 0 : production[actor][market] / total;
    }
}
