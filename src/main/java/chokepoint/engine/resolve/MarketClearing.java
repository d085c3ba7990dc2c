package chokepoint.engine.resolve;

import chokepoint.engine.scenario.ActorDef;
import chokepoint.engine.scenario.MarketDef;
import chokepoint.engine.scenario.ParameterKey;
import chokepoint.engine.scenario.Scenario;
import chokepoint.engine.state.Flow;
import chokepoint.engine.state.GameState;
import chokepoint.engine.state.OfftakeDeal;
import chokepoint.engine.state.TimedModifier;
import chokepoint.engine.state.TradeZone;
import chokepoint.engine.state.ZoneRule;

/**
 * Clears every market, commodity by commodity in chain order (docs/MODEL.md, "Market clearing"):
 * own supply first, then offtake deals, customary trade ties, the spot market with preferences, stockpile
 * purchases last; unmet direct demand is drawn from stockpiles; then prices move.
 */
final class MarketClearing {
    private final TurnContext c;
    private final GameState s;
    private final Scenario sc;
    private final TradeRules rules;
    private final MarketOutcome out;
    private final int n;
    private final double[] supply;
    private final double[] need;
    private final double[] request;
    private final double[] granted;
    private final double[] flowRow;
    private final double[][] flowMatrix;
    /** Restricted seller already asked by a buyer this market: what it held back is not asked for again. */
    private final boolean[][] asked;
    /** Scratch of {@link #allocateByPreference}: [buyer][seller] what is asked, and who asks at all. */
    private final double[][] asks;
    private final boolean[] asking;
    /** Scratch: sellers with supply left in a spot round, in increasing order. */
    private final int[] sellers;
    /**
     * Scratch of {@link #ownSupplyAndTies}: [importer][supplier] asked through trade ties (all zero between calls),
     * which importers asked any, each actor's own supply taken and what it still needs from others.
     */
    private final double[][] tieAsks;
    private final boolean[] tieRow;
    private final double[] own;
    private final double[] importNeed;
    /** Scratch of {@link #stockPurchases}. */
    private final double[] stockWants;
    private final double[] stockWantsBefore;
    /** Scratch of {@link #settle}: what each buyer received in the market. */
    private final double[] received;
    /** [seller * n + buyer] price floor share of {@link #floorFor}, null when no zone sets a floor (0). */
    private final double[] floors;

    MarketClearing(TurnContext c, TradeRules rules) {
        this.c = c;
        this.s = c.s;
        this.sc = c.sc;
        this.rules = rules;
        this.n = c.actors;
        this.out = new MarketOutcome(n, c.markets);
        this.supply = new double[n];
        this.need = new double[n];
        this.request = new double[n];
        this.granted = new double[n];
        this.flowRow = new double[n];
        this.flowMatrix = new double[n][n];
        this.asked = new boolean[n][n];
        this.asks = new double[n][n];
        this.asking = new boolean[n];
        this.sellers = new int[n];
        this.importNeed = new double[n];
        this.tieAsks = new double[n][n];
        this.tieRow = new boolean[n];
        this.own = new double[n];
        this.stockWants = new double[n];
        this.stockWantsBefore = new double[n];
        this.received = new double[n];
        this.floors = floorTable();
    }

    /** {@link #floorFor} of every (seller, buyer), worked out once: zones do not change while markets clear. */
    private double[] floorTable() {
        boolean anyFloor = false;
        for (TradeZone z : s.zones) anyFloor |= z.has(ZoneRule.PRICE_FLOOR);
        if (!anyFloor) return null;
        double[] t = new double[n * n];
        for (int sel = 0; sel < n; sel++) {
            for (int b = 0; b < n; b++) t[sel * n + b] = floorFor(sel, b);
        }
        return t;
    }

    MarketOutcome clear() {
        double[][] effCap = effectiveCapacity();
        computeDemand();
        for (int k = 0; k < sc.commodities().size(); k++) {
            int[] chain = sc.marketsOf(k);
            deriveInputDemand(chain, effCap);
            for (int m : chain) clearMarket(m, effCap);
        }
        return out;
    }

    private double[][] effectiveCapacity() {
        double[][] cap = new double[n][c.markets];
        for (int a = 0; a < n; a++) {
            for (int m = 0; m < c.markets; m++) cap[a][m] = c.perTurn(s.capacity[a][m]);
        }
        for (TimedModifier mod : s.modifiers) {
            if (mod.kind() != TimedModifier.Kind.CAPACITY || mod.untilTurn() < c.turn) continue;
            for (int a = 0; a < n; a++) {
                if (mod.actor() >= 0 && mod.actor() != a) continue;
                for (int m = 0; m < c.markets; m++) {
                    if (mod.market() == m || (mod.market() < 0 && sc.commodityOfMarket(m) == mod.commodity())) {
                        cap[a][m] *= mod.factor();
                    }
                }
            }
        }
        return cap;
    }

    private void computeDemand() {
        // the response depends only on the price paid, inside or outside the controllers: two per market
        double[] inside = new double[c.markets];
        double[] outside = new double[c.markets];
        for (int m = 0; m < c.markets; m++) {
            inside[m] = priceResponse(s.price[m], m);
            outside[m] = priceResponse(s.outsidePrice[m], m);
        }
        for (int a = 0; a < n; a++) {
            ActorDef ad = sc.actors().get(a);
            int[] markets = sc.demandMarkets(a);
            for (int k = 0; k < markets.length; k++) {
                out.directDemand[a][markets[k]] += c.perTurn(ad.demands().get(k).annual().value());
            }
            for (int m = 0; m < c.markets; m++) out.directDemand[a][m] *= s.demandFactor[a][m] * (rules.controls(m, a) ? inside[m] : outside[m]);
        }
        for (TimedModifier mod : s.modifiers) {
            if (mod.kind() != TimedModifier.Kind.DEMAND || mod.untilTurn() < c.turn) continue;
            for (int a = 0; a < n; a++) {
                if (mod.actor() >= 0 && mod.actor() != a) continue;
                if (mod.market() >= 0) out.directDemand[a][mod.market()] *= mod.factor();
            }
        }
    }

    /**
     * Short-run demand response to the price this buyer pays: (price / reference)^(-elasticity), between 0.5 and
     * 1.2, so a lasting gap is partly closed by thrifting rather than only by shortage. A buyer pays the inside
     * price if it controls exports of the market itself, else the outside price.
     */
    private double priceResponse(double paid, int m) {
        double eps = sc.parameters().get(ParameterKey.DEMAND_PRICE_ELASTICITY);
        if (eps <= 0) return 1;
        double ratio = paid / sc.market(m).referencePrice().value();
        return Math.max(0.5, Math.min(1.2, Math.pow(Math.max(1e-6, ratio), -eps)));
    }

    /**
     * Top-down pass: producers at each stage want enough input to run at the utilisation the world demand for
     * their output allows.
     */
    private void deriveInputDemand(int[] chain, double[][] effCap) {
        double downstreamUtil = 0;
        for (int k = chain.length - 1; k >= 0; k--) {
            int m = chain[k];
            double worldDemand = 0;
            double worldCap = 0;
            for (int a = 0; a < n; a++) {
                if (k < chain.length - 1) {
                    int d = chain[k + 1];
                    out.inputDemand[a][m] = effCap[a][d] * downstreamUtil * sc.market(d).inputRatio();
                }
                worldDemand += out.directDemand[a][m] + out.inputDemand[a][m] + c.stockBuy[a][m];
                worldCap += effCap[a][m];
            }
            downstreamUtil = worldCap <= 0 ? 0 : Math.min(1.0, worldDemand / worldCap);
        }
    }

    private void clearMarket(int m, double[][] effCap) {
        MarketDef md = sc.market(m);
        int up = sc.upstreamOf(m);
        int commodity = sc.commodityOfMarket(m);
        for (double[] row : flowMatrix) java.util.Arrays.fill(row, 0);
        for (boolean[] row : asked) java.util.Arrays.fill(row, false);
        double worldAvail = 0;
        double worldDemand = 0;
        for (int a = 0; a < n; a++) {
            double produce = effCap[a][m];
            if (up >= 0) produce = Math.min(produce, out.inputAvailable[a][m] / Math.max(1e-12, md.inputRatio()));
            double release = Math.min(c.stockRelease[a][m], s.stock[a][m]);
            out.stockReleased[a][m] = 0;
            supply[a] = produce + release;
            request[a] = release;
            double regular = out.directDemand[a][m] + out.inputDemand[a][m];
            double recycled = Math.min(regular, s.recyclingShare[a][m] * out.directDemand[a][m]);
            out.recycled[a][m] = recycled;
            need[a] = regular - recycled;
            worldAvail += supply[a];
            worldDemand += regular + c.stockBuy[a][m];
        }
        offtakes(m);
        ownSupplyAndTies(m, commodity);
        allocateByPreference(m, commodity, need, true);
        double unmet = 0;
        for (int a = 0; a < n; a++) unmet += need[a];
        out.unmetShare[m] = worldDemand <= 0 ? 0 : unmet / worldDemand;
        stockPurchases(m, commodity);
        settle(m, effCap);
        Prices.update(c, m, worldDemand, worldAvail, out.unmetShare[m], rules, out);
    }

    private void ship(int m, int seller, int buyer, double q) {
        if (q <= 0) return;
        supply[seller] -= q;
        need[buyer] -= q;
        flowMatrix[seller][buyer] += q;
    }

    private void offtakes(int m) {
        for (OfftakeDeal d : s.offtakes) {
            if (d.market() != m || d.untilTurn() < c.turn) continue;
            int b = c.idx(d.buyer());
            int sel = c.idx(d.seller());
            if (b < 0 || sel < 0) continue;
            double want = Math.min(c.perTurn(d.annualQuantity()), need[b]);
            double allowed = want * rules.allowed(m, sel, b);
            recordBlocked(m, sel, b, want - allowed);
            ship(m, sel, b, Math.min(allowed, supply[sel]));
        }
    }

    /**
     * Own supply and customary trade ties together: a seller's supply is shared pro rata between its own
     * buyers and its customary importers when it cannot serve all (contracts are not cut for home demand).
     */
    private void ownSupplyAndTies(int m, int commodity) {
        java.util.Arrays.fill(granted, 0);
        for (int a = 0; a < n; a++) {
            double mine = Math.min(need[a], supply[a]);
            own[a] = mine;
            granted[a] += mine;
            importNeed[a] = need[a] - mine;
        }
        for (int tie : sc.tiesOf(m)) {
            int b = sc.tieImporter(tie);
            if (b < 0 || importNeed[b] <= 0) continue;
            int[] suppliers = sc.tieSuppliers(tie);
            double[] shares = sc.tieShares(tie);
            for (int k = 0; k < suppliers.length; k++) {
                int sel = suppliers[k];
                if (sel < 0 || sel == b) continue;
                double want = importNeed[b] * shares[k] * rules.tieTariffFactor(commodity, sel, b);
                double allowed = rules.allowed(m, sel, b);
                double ok = want * allowed;
                recordBlocked(m, sel, b, want - ok);
                if (allowed < 1) asked[b][sel] = true;
                tieAsks[b][sel] += ok;
                tieRow[b] = true;
                granted[sel] += ok;
            }
        }
        for (int sel = 0; sel < n; sel++) {
            flowRow[sel] = granted[sel] <= supply[sel] || granted[sel] <= 0 ? 1 : supply[sel] / granted[sel];
        }
        // a buyer without ties here asks only its own supply; a tied buyer's row is read in seller order, then cleared
        for (int b = 0; b < n; b++) {
            if (!tieRow[b]) {
                if (own[b] > 0) ship(m, b, b, Math.min(own[b] * flowRow[b], need[b]));
                continue;
            }
            double[] row = tieAsks[b];
            for (int sel = 0; sel < n; sel++) {
                double ask = sel == b ? own[b] : row[sel];
                if (ask > 0) ship(m, sel, b, Math.min(ask * flowRow[sel], need[b]));
            }
            java.util.Arrays.fill(row, 0);
            tieRow[b] = false;
        }
    }

    /**
     * Spot market: each buyer spreads what it still wants over sellers with supply left, by preference x supply.
     * A restricted seller lets through only its allowed share of what is asked, once; the rest is recorded as
     * held back and sought elsewhere in the next round.
     */
    private void allocateByPreference(int m, int commodity, double[] wants, boolean consumers) {
        double[] preference = rules.preferences(commodity);
        for (int round = 0; round < 3; round++) {
            // only sellers with supply left are asked; supply moves only when the round ships, so the list holds
            // for the whole round, and entries of [b][seller] outside it are neither written nor read this round
            int live = 0;
            for (int sel = 0; sel < n; sel++) {
                if (!(supply[sel] <= 1e-12)) sellers[live++] = sel;
            }
            for (int i = 0; i < live; i++) granted[sellers[i]] = 0;
            boolean any = false;
            for (int b = 0; b < n; b++) {
                asking[b] = false;
                if (wants[b] <= 1e-12) continue;
                double[] ask = asks[b];
                boolean[] done = asked[b];
                double total = 0;
                for (int i = 0; i < live; i++) {
                    int sel = sellers[i];
                    if (sel == b || done[sel]) { ask[sel] = 0; continue; }
                    double w = preference[sel * n + b] * supply[sel];
                    ask[sel] = w;
                    total += w;
                }
                if (total <= 0) continue;
                for (int i = 0; i < live; i++) {
                    int sel = sellers[i];
                    if (ask[sel] <= 0) continue;
                    double request = wants[b] * ask[sel] / total;
                    double allowed = rules.allowed(m, sel, b);
                    if (allowed < 1) {
                        if (consumers) recordBlocked(m, sel, b, request * (1 - allowed));
                        done[sel] = true;
                    }
                    ask[sel] = request * allowed;
                    granted[sel] += ask[sel];
                    any = true;
                    asking[b] = true;
                }
            }
            if (!any) return;
            for (int i = 0; i < live; i++) {
                int sel = sellers[i];
                flowRow[sel] = granted[sel] <= supply[sel] || granted[sel] <= 0 ? 1 : supply[sel] / granted[sel];
            }
            for (int b = 0; b < n; b++) {
                if (!asking[b]) continue; // a row of zero asks moves nothing
                double[] ask = asks[b];
                for (int i = 0; i < live; i++) {
                    int sel = sellers[i];
                    double q = Math.min(ask[sel] * flowRow[sel], wants[b]);
                    if (q <= 0) continue;
                    supply[sel] -= q;
                    wants[b] -= q;
                    flowMatrix[sel][b] += q;
                }
            }
        }
    }

    private void stockPurchases(int m, int commodity) {
        double[] wants = stockWants;
        boolean any = false;
        for (int a = 0; a < n; a++) {
            wants[a] = c.stockBuy[a][m];
            if (wants[a] <= 0) continue;
            any = true;
            double own = Math.min(wants[a], supply[a]);
            supply[a] -= own;
            wants[a] -= own;
            flowMatrix[a][a] += own;
            out.stockBought[a][m] += own;
        }
        if (!any) return;
        double[] before = stockWantsBefore;
        System.arraycopy(wants, 0, before, 0, n);
        for (boolean[] row : asked) java.util.Arrays.fill(row, false);
        allocateByPreference(m, commodity, wants, false);
        for (int a = 0; a < n; a++) out.stockBought[a][m] += before[a] - wants[a];
    }

    /** Books flows, production, stock changes, shortages, revenue and the input left for the next stage. */
    private void settle(int m, double[][] effCap) {
        int down = sc.downstreamOf(m);
        double ref = sc.market(m).referencePrice().value();
        out.flowStart[m] = out.flows.size();
        // what each buyer received, summed seller by seller as the rows are read (the zeros skipped add nothing)
        double[] received = this.received;
        java.util.Arrays.fill(received, 0);
        for (int sel = 0; sel < n; sel++) {
            double sold = 0;
            double unitPrice = rules.controls(m, sel) ? s.price[m] : s.outsidePrice[m];
            for (int b = 0; b < n; b++) {
                double q = flowMatrix[sel][b];
                if (q <= 0) continue;
                sold += q;
                received[b] += q;
                out.flows.add(new Flow(sel, b, m, q));
                if (b != sel) {
                    out.exports[sel][m] += q;
                    out.imports[b][m] += q;
                    double floor = (floors == null ? 0.0 : floors[sel * n + b]) * ref;
                    double revenue = q * Math.max(unitPrice, floor) / 1e9;
                    c.exportRevenue[sel] += revenue;
                    if (floor > unitPrice) payFloorSubsidy(sel, b, q * (floor - unitPrice) / 1e9);
                }
            }
            double release = Math.min(c.stockRelease[sel][m], s.stock[sel][m]);
            double fromRelease = Math.min(sold, release);
            out.stockReleased[sel][m] = fromRelease;
            out.production[sel][m] = sold - fromRelease;
            out.spare[sel][m] = Math.max(0, supply[sel]);
            if (fromRelease < release) out.spare[sel][m] = Math.max(0, out.spare[sel][m] - (release - fromRelease));
        }
        out.flowEnd[m] = out.flows.size();
        for (int a = 0; a < n; a++) {
            double bought = out.stockBought[a][m];
            double regularReceived = Math.max(0, received[a] - bought) + out.recycled[a][m];
            double direct = out.directDemand[a][m];
            double input = out.inputDemand[a][m];
            double wanted = direct + input;
            double directGot = wanted <= 0 ? 0 : regularReceived * direct / wanted;
            double inputGot = regularReceived - directGot;
            double directShort = Math.max(0, direct - directGot);
            double inputShort = Math.max(0, input - inputGot);
            double stockAfterTrade = Math.max(0, s.stock[a][m] - out.stockReleased[a][m] + bought);
            // the stockpile buffers consumers first, then producers short of input
            double drawnDirect = Math.min(directShort, stockAfterTrade);
            double drawnInput = Math.min(inputShort, stockAfterTrade - drawnDirect);
            out.stockDrawn[a][m] = drawnDirect + drawnInput;
            out.shortage[a][m] = directShort - drawnDirect;
            out.use[a][m] = regularReceived + drawnDirect + drawnInput;
            s.stock[a][m] = Math.max(0, stockAfterTrade - drawnDirect - drawnInput);
            if (down >= 0) out.inputAvailable[a][down] = inputGot + drawnInput;
        }
    }

    private double floorFor(int seller, int buyer) {
        double best = 0;
        for (TradeZone z : s.zones) {
            if (!z.has(ZoneRule.PRICE_FLOOR)) continue;
            if (z.members.contains(c.id(seller)) && z.members.contains(c.id(buyer))) best = Math.max(best, z.priceFloorShare);
        }
        return best;
    }

    /** The zone's members share the cost of topping up a price to its floor. */
    private void payFloorSubsidy(int seller, int buyer, double amount) {
        for (TradeZone z : s.zones) {
            if (!z.has(ZoneRule.PRICE_FLOOR)) continue;
            if (!(z.members.contains(c.id(seller)) && z.members.contains(c.id(buyer)))) continue;
            double each = amount / z.members.size();
            for (String id : z.members) {
                int i = c.idx(id);
                if (i >= 0) s.budget[i] = Math.max(0, s.budget[i] - each);
            }
            return;
        }
    }

    private void recordBlocked(int m, int seller, int buyer, double q) {
        if (q <= 1e-12) return;
        int who = rules.restrictor(m, seller, buyer);
        out.blocked[buyer][m] += q;
        if (who >= 0) out.blockedBy[buyer][m] = who;
    }
}
