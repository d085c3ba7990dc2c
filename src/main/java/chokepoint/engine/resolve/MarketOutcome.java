package chokepoint.engine.resolve;

import chokepoint.engine.state.Flow;

import java.util.ArrayList;
import java.util.List;

/** Figures of one turn's market clearing, per [actor][market], per-turn quantities. */
final class MarketOutcome {
    final double[][] directDemand;
    final double[][] inputDemand;
    final double[][] production;
    final double[][] recycled;
    final double[][] use;
    final double[][] shortage;
    final double[][] imports;
    final double[][] exports;
    final double[][] blocked;
    final int[][] blockedBy;
    final double[][] stockBought;
    final double[][] stockReleased;
    final double[][] stockDrawn;
    /** Spare production possible that nobody bought, per seller (for leverage alternatives). */
    final double[][] spare;
    /** Input available to produce at each market (from the previous stage), per actor. */
    final double[][] inputAvailable;
    final double[] unmetShare;
    /** Demand over available supply times (1 + unmet share), per market (the price driver). */
    final double[] tightness;
    final List<Flow> flows = new ArrayList<>();
    /** Each market's flows are one run of {@link #flows}, in settlement order: indexes [flowStart, flowEnd). */
    final int[] flowStart;
    final int[] flowEnd;

    MarketOutcome(int actors, int markets) {
        directDemand = new double[actors][markets];
        inputDemand = new double[actors][markets];
        production = new double[actors][markets];
        recycled = new double[actors][markets];
        use = new double[actors][markets];
        shortage = new double[actors][markets];
        imports = new double[actors][markets];
        exports = new double[actors][markets];
        blocked = new double[actors][markets];
        blockedBy = new int[actors][markets];
        for (int[] row : blockedBy) java.util.Arrays.fill(row, -1);
        stockBought = new double[actors][markets];
        stockReleased = new double[actors][markets];
        stockDrawn = new double[actors][markets];
        spare = new double[actors][markets];
        inputAvailable = new double[actors][markets];
        unmetShare = new double[markets];
        tightness = new double[markets];
        flowStart = new int[markets];
        flowEnd = new int[markets];
    }
}
