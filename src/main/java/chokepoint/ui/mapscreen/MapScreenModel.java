package chokepoint.ui.mapscreen;

import chokepoint.engine.scenario.Scenario;
import chokepoint.engine.state.ControlMode;
import chokepoint.engine.state.ExportControl;
import chokepoint.engine.state.Flow;
import chokepoint.engine.state.LeverageTerm;
import chokepoint.engine.state.Target;
import chokepoint.engine.state.TurnRecord;
import chokepoint.ui.mapscreen.Breakdowns.ImportBreakdown;
import chokepoint.ui.mapscreen.Breakdowns.LeverageBreakdown;
import chokepoint.ui.mapscreen.Breakdowns.LeverageRow;
import chokepoint.ui.mapscreen.Breakdowns.ShortageBreakdown;
import chokepoint.ui.mapscreen.Breakdowns.SupplierRow;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * View model of the map screen: which turn, lens and market are shown, the value of the lens per actor, the
 * trade flows, controls and zones to draw, and the country panel's figures with their breakdowns. It reads
 * only the turn records the viewer may see (and the public policies); it has no JavaFX and no game rules.
 */
public final class MapScreenModel {
    /** Flows below this share of the market's largest shown flow are hidden. */
    public static final double MIN_FLOW_SHARE = 0.03;
    public static final int DEFAULT_MAX_FLOWS = 12;

    private final Scenario scenario;
    private final Supplier<List<TurnRecord>> history;
    private final String seat;
    private final int seatIndex;
    private Supplier<PublicPolicies> policies = () -> PublicPolicies.NONE;
    private int requestedTurn = -1;
    private MapLens lens;
    private int market;
    private int maxFlows = DEFAULT_MAX_FLOWS;

    public record Scale(double min, double mid, double max, boolean diverging, Unit unit) {}

    public enum Unit { POINTS, SHARE, DAYS }

    /** Shipments from seller to buyer in the chosen market this turn (domestic supply excluded). */
    public record FlowLine(int seller, int buyer, double quantity) {}

    /** An export control in force: controller, target actors, regime, market, and how the targets were named. */
    public record ControlLine(int controller, List<Integer> targets, ControlMode mode, int market, Target.Kind targetKind) {}

    /** Imports of a buyer held back in the shown turn by a controller's measures. */
    public record BlockLine(int controller, int buyer, int market, double quantity) {}

    public record ZoneLine(String id, String name, List<Integer> members) {}

    public MapScreenModel(Scenario scenario, Supplier<List<TurnRecord>> history, String seat) {
        this.scenario = Objects.requireNonNull(scenario);
        this.history = Objects.requireNonNull(history);
        this.seat = seat;
        this.seatIndex = seat == null ? -1 : scenario.actorIndex(seat);
        if (seat != null && seatIndex < 0) throw new IllegalArgumentException("unknown seat " + seat);
        this.lens = seat == null ? MapLens.NET_LEVERAGE : MapLens.LEVERAGE_OVER_OTHERS;
        this.market = defaultMarket(scenario);
    }

    /** The first processing (second) stage of the first commodity, else its first stage. */
    private static int defaultMarket(Scenario sc) {
        if (sc.marketCount() == 0) return -1;
        int[] ms = sc.marketsOf(0);
        return ms.length > 1 ? ms[1] : ms[0];
    }

    public Scenario scenario() { return scenario; }
    public String seat() { return seat; }
    public int seatIndex() { return seatIndex; }

    public void setPolicies(Supplier<PublicPolicies> policies) {
        this.policies = policies == null ? () -> PublicPolicies.NONE : policies;
    }

    public List<MapLens> lenses() {
        List<MapLens> out = new ArrayList<>();
        for (MapLens l : MapLens.values()) {
            if (seat == null ? !l.needsSeat() : l != MapLens.NET_LEVERAGE) out.add(l);
        }
        return out;
    }

    public MapLens lens() { return lens; }

    public void setLens(MapLens l) {
        if (!lenses().contains(l)) throw new IllegalArgumentException(l + " needs a seat");
        lens = l;
    }

    public int market() { return market; }

    public void setMarket(int m) {
        if (m < 0 || m >= scenario.marketCount()) throw new IllegalArgumentException("market " + m);
        market = m;
    }

    public void setMarket(String commodity, String stage) {
        setMarket(scenario.marketIndex(commodity, stage));
    }

    public int maxFlows() { return maxFlows; }
    public void setMaxFlows(int n) { maxFlows = Math.max(0, n); }

    // ---- turns --------------------------------------------------------------------------------

    public List<TurnRecord> records() {
        List<TurnRecord> r = history.get();
        return r == null ? List.of() : r;
    }

    /** Shows a turn (0 = start); a negative turn or one past the last follows the latest record. */
    public void showTurn(int turn) {
        requestedTurn = turn;
    }

    public void showLatest() { requestedTurn = -1; }

    /** The record shown, or null before the game has any. */
    public TurnRecord record() {
        List<TurnRecord> rs = records();
        if (rs.isEmpty()) return null;
        if (requestedTurn < 0) return rs.get(rs.size() - 1);
        for (TurnRecord r : rs) if (r.turn == requestedTurn) return r;
        return rs.get(rs.size() - 1);
    }

    public int shownTurn() {
        TurnRecord r = record();
        return r == null ? 0 : r.turn;
    }

    public boolean showingLatest() {
        List<TurnRecord> rs = records();
        return rs.isEmpty() || shownTurn() == rs.get(rs.size() - 1).turn;
    }

    // ---- lens ---------------------------------------------------------------------------------

    /** Lens value of an actor at the shown turn; NaN when it has none (the seat itself, no use, no record). */
    public double value(int actor) {
        TurnRecord r = record();
        return r == null ? Double.NaN : value(r, lens, market, actor);
    }

    public double[] values() {
        double[] v = new double[scenario.actorCount()];
        for (int a = 0; a < v.length; a++) v[a] = value(a);
        return v;
    }

    double value(TurnRecord r, MapLens l, int m, int actor) {
        return switch (l) {
            case LEVERAGE_OVER_OTHERS -> actor == seatIndex ? Double.NaN : r.leverage[seatIndex][actor];
            case LEVERAGE_OVER_SEAT -> actor == seatIndex ? Double.NaN : r.leverage[actor][seatIndex];
            case NET_LEVERAGE -> netLeverage(r, actor);
            case SUPPLIER_DEPENDENCE -> r.use[actor][m] <= 0 && r.demand[actor][m] <= 0
                    ? Double.NaN : r.largestSupplierShare(actor, m); // a pure exporter has no dependence to show
            case STOCK_COVER_DAYS -> stockDays(r, actor, m);
            case SHORTAGE -> r.demand[actor][m] <= 0 ? Double.NaN : r.shortageShare(actor, m);
        };
    }

    /** Sum of an actor's leverage over every other actor (the matrix is net, so this is its net position). */
    public static double netLeverage(TurnRecord r, int actor) {
        double s = 0;
        for (int y = 0; y < r.leverage.length; y++) if (y != actor) s += r.leverage[actor][y];
        return s;
    }

    /** Stock in days of use (of demand when nothing was used); NaN when the actor neither uses nor holds any. */
    public double stockDays(TurnRecord r, int actor, int m) {
        double perTurn = r.use[actor][m] > 0 ? r.use[actor][m] : r.demand[actor][m];
        if (perTurn <= 0) return r.stock[actor][m] > 0 ? Double.POSITIVE_INFINITY : Double.NaN;
        return r.stock[actor][m] / (perTurn / scenario.calendar().daysPerTurn());
    }

    public Scale scale() {
        double[] v = values();
        return switch (lens) {
            case LEVERAGE_OVER_OTHERS, LEVERAGE_OVER_SEAT, NET_LEVERAGE -> {
                double max = 0;
                for (double x : v) if (Double.isFinite(x)) max = Math.max(max, Math.abs(x));
                max = max <= 0 ? 1 : niceCeil(max);
                yield new Scale(-max, 0, max, true, Unit.POINTS);
            }
            case SUPPLIER_DEPENDENCE, SHORTAGE -> new Scale(0, 0.5, 1, false, Unit.SHARE);
            case STOCK_COVER_DAYS -> {
                double max = 30;
                for (double x : v) if (Double.isFinite(x)) max = Math.max(max, x);
                yield new Scale(0, niceCeil(max) / 2, niceCeil(max), false, Unit.DAYS);
            }
        };
    }

    /** 1, 2, 2.5, 5 x 10^k at or above x. */
    static double niceCeil(double x) {
        double p = Math.pow(10, Math.floor(Math.log10(x)));
        for (double f : new double[] {1, 2, 2.5, 5, 10}) if (f * p >= x - 1e-12) return f * p;
        return 10 * p;
    }

    /** Position of a value on the scale, 0..1, NaN for no data (infinite cover counts as the top). */
    public double normalized(double value) {
        if (Double.isNaN(value)) return Double.NaN;
        Scale s = scale();
        if (value == Double.POSITIVE_INFINITY) return 1;
        return Math.max(0, Math.min(1, (value - s.min()) / (s.max() - s.min())));
    }

    // ---- overlays -----------------------------------------------------------------------------

    /** The largest cross-border flows of the chosen market, largest first, tiny ones hidden. */
    public List<FlowLine> flows() {
        TurnRecord r = record();
        if (r == null) return List.of();
        int n = scenario.actorCount();
        double[][] q = new double[n][n];
        for (Flow f : r.flows) if (f.market() == market && f.seller() != f.buyer()) q[f.seller()][f.buyer()] += f.quantity();
        List<FlowLine> all = new ArrayList<>();
        for (int s = 0; s < n; s++) for (int b = 0; b < n; b++) if (q[s][b] > 0) all.add(new FlowLine(s, b, q[s][b]));
        all.sort(Comparator.comparingDouble(FlowLine::quantity).reversed());
        if (all.isEmpty()) return all;
        double cut = all.get(0).quantity() * MIN_FLOW_SHARE;
        List<FlowLine> out = new ArrayList<>();
        for (FlowLine f : all) if (out.size() < maxFlows && f.quantity() >= cut) out.add(f);
        return out;
    }

    /** Export controls on the chosen commodity (any stage) in force at the shown turn. */
    public List<ControlLine> controls() {
        PublicPolicies p = policies.get();
        if (p == null) return List.of();
        int commodity = scenario.commodityOfMarket(market);
        PublicPolicies shown = shownPolicies(p);
        List<ControlLine> out = new ArrayList<>();
        for (ExportControl c : shown.controls()) {
            if (scenario.commodityOfMarket(c.market()) != commodity) continue;
            int controller = scenario.actorIndex(c.controller());
            if (controller < 0) continue;
            out.add(new ControlLine(controller, targets(c.target(), controller, shown), c.mode(), c.market(), c.target().kind()));
        }
        return out;
    }

    /**
     * The policies of the shown turn: the live ones for the latest turn (what is in force now), else the turn
     * record's own (what was in force when that turn's markets cleared); records of saves from before records kept
     * them fall back to the live lists as far as they tell ({@link PublicPolicies#at}).
     */
    private PublicPolicies shownPolicies(PublicPolicies live) {
        if (showingLatest()) return live;
        TurnRecord r = record();
        if (r != null && r.controls != null && r.zones != null) return PublicPolicies.of(r);
        return live.at(shownTurn());
    }

    private List<Integer> targets(Target t, int controller, PublicPolicies p) {
        List<Integer> out = new ArrayList<>();
        switch (t.kind()) {
            case ACTORS -> {
                for (String id : t.actors()) {
                    int i = scenario.actorIndex(id);
                    if (i >= 0) out.add(i);
                }
            }
            case ALL -> {
                for (int i = 0; i < scenario.actorCount(); i++) if (i != controller) out.add(i);
            }
            case OUTSIDE_ZONE -> {
                List<String> members = p.zones().stream().filter(z -> z.id().equals(t.zone()))
                        .findFirst().map(PublicPolicies.Zone::members).orElse(List.of());
                for (int i = 0; i < scenario.actorCount(); i++) {
                    if (i != controller && !members.contains(scenario.actors().get(i).id())) out.add(i);
                }
            }
        }
        return out;
    }

    /** Imports held back by controls in the chosen market at the shown turn (known from the record itself). */
    public List<BlockLine> blocks() {
        TurnRecord r = record();
        if (r == null) return List.of();
        List<BlockLine> out = new ArrayList<>();
        for (int b = 0; b < scenario.actorCount(); b++) {
            if (r.blocked[b][market] > 0 && r.blockedBy[b][market] >= 0) {
                out.add(new BlockLine(r.blockedBy[b][market], b, market, r.blocked[b][market]));
            }
        }
        return out;
    }

    public List<ZoneLine> zones() {
        PublicPolicies p = policies.get();
        if (p == null) return List.of();
        List<ZoneLine> out = new ArrayList<>();
        for (PublicPolicies.Zone z : shownPolicies(p).zones()) {
            List<Integer> members = new ArrayList<>();
            for (String id : z.members()) {
                int i = scenario.actorIndex(id);
                if (i >= 0) members.add(i);
            }
            out.add(new ZoneLine(z.id(), UiText.zoneName(scenario, z.name()), members));
        }
        return out;
    }

    // ---- country panel ------------------------------------------------------------------------

    public CountryFigures figures(int actor) {
        TurnRecord r = record();
        if (r == null) return null;
        List<CountryFigures.MarketFigures> ms = new ArrayList<>();
        for (int m = 0; m < scenario.marketCount(); m++) {
            ms.add(new CountryFigures.MarketFigures(m, r.production[actor][m], r.use[actor][m], r.demand[actor][m],
                    r.imports[actor][m], r.exports[actor][m], r.shortage[actor][m], r.shortageShare(actor, m),
                    r.stock[actor][m], stockDays(r, actor, m), r.largestSupplier(actor, m),
                    r.largestSupplierShare(actor, m), r.blocked[actor][m], r.blockedBy[actor][m]));
        }
        List<CountryFigures.LeverageFigure> lev = new ArrayList<>();
        for (int o = 0; o < scenario.actorCount(); o++) {
            if (o != actor) lev.add(new CountryFigures.LeverageFigure(o, r.leverage[actor][o]));
        }
        if (seatIndex >= 0 && actor != seatIndex) {
            // the seat's own relation first
            lev.sort(Comparator.comparing((CountryFigures.LeverageFigure f) -> f.other() != seatIndex));
        }
        boolean exact = seatIndex < 0 || actor == seatIndex;
        return new CountryFigures(actor, r.turn, r.gdpIndex[actor], r.score[actor], r.budget[actor], exact, ms, lev);
    }

    /** What the leverage of holder over dependent at the shown turn is made of. */
    public LeverageBreakdown leverageBreakdown(int holder, int dependent) {
        TurnRecord r = record();
        return r == null ? null : leverageBreakdown(r, holder, dependent);
    }

    public static LeverageBreakdown leverageBreakdown(TurnRecord r, int holder, int dependent) {
        List<LeverageRow> rows = new ArrayList<>();
        for (LeverageTerm t : r.leverageTerms) {
            int sign;
            if (t.holder() == holder && t.dependent() == dependent) sign = 1;
            else if (t.holder() == dependent && t.dependent() == holder) sign = -1;
            else continue;
            rows.add(new LeverageRow(t.holder(), t.dependent(), t.market(), t.dependence(), t.alternativeCover(),
                    t.stockCover(), t.exposure(), t.gdpWeight(), t.points(), sign));
        }
        rows.sort(Comparator.comparingDouble((LeverageRow x) -> -Math.abs(x.points())));
        double total = r.leverage[holder][dependent];
        double sum = 0;
        for (LeverageRow x : rows) sum += x.signedPoints();
        double other = Math.abs(total - sum) < 1e-9 ? 0 : total - sum;
        return new LeverageBreakdown(holder, dependent, total, rows, other);
    }

    public ImportBreakdown importBreakdown(int buyer, int m) {
        TurnRecord r = record();
        if (r == null) return null;
        List<SupplierRow> rows = suppliers(r, buyer, m, false);
        double total = rows.stream().mapToDouble(SupplierRow::quantity).sum();
        return new ImportBreakdown(buyer, m, total, rows);
    }

    public ShortageBreakdown shortageBreakdown(int actor, int m) {
        TurnRecord r = record();
        if (r == null) return null;
        return new ShortageBreakdown(actor, m, r.demand[actor][m], r.shortage[actor][m], r.shortageShare(actor, m),
                r.blocked[actor][m], r.blocked[actor][m] > 0 ? r.blockedBy[actor][m] : -1, r.stock[actor][m],
                suppliers(r, actor, m, true));
    }

    /** Sources of a buyer's supply, largest first; shares of the listed total. */
    static List<SupplierRow> suppliers(TurnRecord r, int buyer, int m, boolean withDomestic) {
        double[] q = new double[r.gdpIndex.length];
        for (Flow f : r.flows) {
            if (f.buyer() == buyer && f.market() == m && (withDomestic || f.seller() != buyer)) q[f.seller()] += f.quantity();
        }
        double total = 0;
        for (double x : q) total += x;
        List<SupplierRow> rows = new ArrayList<>();
        for (int s = 0; s < q.length; s++) if (q[s] > 0) rows.add(new SupplierRow(s, q[s], q[s] / total));
        rows.sort(Comparator.comparingDouble(SupplierRow::quantity).reversed());
        return rows;
    }
}
