package chokepoint.ai;

import chokepoint.engine.state.Flow;

import java.util.List;

/**
 * One turn record's flows grouped by buyer and by seller, each group in the record's order (so sums over a group
 * add the same numbers in the same order as a scan of the whole list). Each seat's {@link SeatFacts} needs only
 * its own flows; scanning all of them for every seat was the largest part of it, so the seats of a game share one
 * index per record through {@link SharedFacts}.
 */
final class FlowIndex {
    private static final Flow[] NONE = new Flow[0];

    /** The record's list, the key of a shared index (records hold an immutable copy, never changed later). */
    final List<Flow> flows;
    private final Flow[][] byBuyer;
    private final Flow[][] bySeller;

    private FlowIndex(List<Flow> flows, Flow[][] byBuyer, Flow[][] bySeller) {
        this.flows = flows;
        this.byBuyer = byBuyer;
        this.bySeller = bySeller;
    }

    /** Flows bought by actor {@code a}, in the record's order. */
    Flow[] boughtBy(int a) { return byBuyer[a]; }

    /** Flows sold by actor {@code a}, in the record's order. */
    Flow[] soldBy(int a) { return bySeller[a]; }

    /** The groups of all {@code n} actors. */
    static FlowIndex of(List<Flow> flows, int n) {
        int[] buys = new int[n];
        int[] sales = new int[n];
        for (Flow f : flows) {
            buys[f.buyer()]++;
            sales[f.seller()]++;
        }
        Flow[][] byBuyer = new Flow[n][];
        Flow[][] bySeller = new Flow[n][];
        for (int a = 0; a < n; a++) {
            byBuyer[a] = buys[a] == 0 ? NONE : new Flow[buys[a]];
            bySeller[a] = sales[a] == 0 ? NONE : new Flow[sales[a]];
            buys[a] = 0;
            sales[a] = 0;
        }
        for (Flow f : flows) {
            byBuyer[f.buyer()][buys[f.buyer()]++] = f;
            bySeller[f.seller()][sales[f.seller()]++] = f;
        }
        return new FlowIndex(flows, byBuyer, bySeller);
    }

    /** Only actor {@code a}'s groups (the others empty): one seat deciding on its own. */
    static FlowIndex ofActor(List<Flow> flows, int n, int a) {
        int buys = 0;
        int sales = 0;
        for (Flow f : flows) {
            if (f.buyer() == a) buys++;
            if (f.seller() == a) sales++;
        }
        Flow[] bought = new Flow[buys];
        Flow[] sold = new Flow[sales];
        buys = 0;
        sales = 0;
        for (Flow f : flows) {
            if (f.buyer() == a) bought[buys++] = f;
            if (f.seller() == a) sold[sales++] = f;
        }
        Flow[][] byBuyer = new Flow[n][];
        Flow[][] bySeller = new Flow[n][];
        java.util.Arrays.fill(byBuyer, NONE);
        java.util.Arrays.fill(bySeller, NONE);
        byBuyer[a] = bought;
        bySeller[a] = sold;
        return new FlowIndex(flows, byBuyer, bySeller);
    }
}
