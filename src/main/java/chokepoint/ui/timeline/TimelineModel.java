package chokepoint.ui.timeline;

import chokepoint.engine.scenario.Scenario;
import chokepoint.engine.state.NewsItem;
import chokepoint.engine.state.TurnRecord;
import chokepoint.ui.mapscreen.MapScreenModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * View model of the timeline: one cell per turn record (turn 0 = start) with that turn's events and headlines,
 * and the series the charts draw. Every series has one value per record, so its length is the number of
 * records the viewer may see. No JavaFX here.
 */
public final class TimelineModel {
    /** Importance of news that counts as a turning point. */
    public static final int HEADLINE = 3;

    private final Scenario scenario;
    private final Supplier<List<TurnRecord>> history;
    private final String seat;
    private final int seatIndex;

    /** One turn of the strip: events fired during it and its headline news. */
    public record TurnCell(int turn, String label, List<String> eventIds, List<NewsItem> headlines) {
        public boolean turningPoint() { return !eventIds.isEmpty() || !headlines.isEmpty(); }
    }

    /** One line of a chart: {@code subject} is an actor index or, for prices, a market index. */
    public record Series(int subject, double[] values) {}

    public TimelineModel(Scenario scenario, Supplier<List<TurnRecord>> history, String seat) {
        this.scenario = Objects.requireNonNull(scenario);
        this.history = Objects.requireNonNull(history);
        this.seat = seat;
        this.seatIndex = seat == null ? -1 : scenario.actorIndex(seat);
        if (seat != null && seatIndex < 0) throw new IllegalArgumentException("unknown seat " + seat);
    }

    public Scenario scenario() { return scenario; }
    public String seat() { return seat; }
    public int seatIndex() { return seatIndex; }

    public List<TurnRecord> records() {
        List<TurnRecord> r = history.get();
        return r == null ? List.of() : r;
    }

    public List<TurnCell> cells() {
        List<TurnCell> out = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (TurnRecord r : records()) {
            // a record lists every event fired so far: keep the ones new in this turn
            List<String> fresh = new ArrayList<>();
            for (String e : r.events) if (!seen.contains(e)) fresh.add(e);
            seen.addAll(fresh);
            List<NewsItem> heads = new ArrayList<>();
            for (NewsItem n : r.news) if (n.importance() >= HEADLINE) heads.add(n);
            out.add(new TurnCell(r.turn, r.label, List.copyOf(fresh), List.copyOf(heads)));
        }
        return out;
    }

    /** Turn numbers of the records, in order (the x values of every series). */
    public int[] turns() {
        return records().stream().mapToInt(r -> r.turn).toArray();
    }

    /**
     * Leverage lines: with a seat, its leverage over each other actor; without, each actor's net leverage
     * (the sum of its row of the leverage matrix).
     */
    public List<Series> leverageSeries() {
        List<TurnRecord> rs = records();
        List<Series> out = new ArrayList<>();
        for (int a = 0; a < scenario.actorCount(); a++) {
            if (a == seatIndex) continue;
            double[] v = new double[rs.size()];
            for (int t = 0; t < rs.size(); t++) {
                v[t] = seatIndex >= 0 ? rs.get(t).leverage[seatIndex][a] : MapScreenModel.netLeverage(rs.get(t), a);
            }
            out.add(new Series(a, v));
        }
        return out;
    }

    /** Stages (by id) any commodity has, in scenario stage order, for the price chart's chooser. */
    public List<String> priceStages() {
        List<String> out = new ArrayList<>();
        for (var st : scenario.stages()) {
            for (int m = 0; m < scenario.marketCount(); m++) {
                if (scenario.market(m).stage().equals(st.id())) { out.add(st.id()); break; }
            }
        }
        return out;
    }

    /** Price index (price / turn-0 price) of every commodity at one stage; subject = market index. */
    public List<Series> priceSeries(String stage) {
        List<TurnRecord> rs = records();
        List<Series> out = new ArrayList<>();
        if (rs.isEmpty()) return out;
        for (int m = 0; m < scenario.marketCount(); m++) {
            if (!scenario.market(m).stage().equals(stage)) continue;
            double base = rs.get(0).price[m];
            double[] v = new double[rs.size()];
            for (int t = 0; t < rs.size(); t++) v[t] = base > 0 ? rs.get(t).price[m] / base : Double.NaN;
            out.add(new Series(m, v));
        }
        return out;
    }

    /**
     * Largest-supplier share in one market for the actors that use it (with a seat: the seat first); one line
     * per actor with any supply in some turn.
     */
    public List<Series> dependenceSeries(int market) {
        List<TurnRecord> rs = records();
        List<Series> out = new ArrayList<>();
        for (int a = 0; a < scenario.actorCount(); a++) {
            double[] v = new double[rs.size()];
            boolean any = false;
            for (int t = 0; t < rs.size(); t++) {
                TurnRecord r = rs.get(t);
                boolean uses = r.use[a][market] > 0 || r.demand[a][market] > 0;
                v[t] = uses ? r.largestSupplierShare(a, market) : Double.NaN;
                any |= uses;
            }
            if (any) out.add(new Series(a, v));
        }
        if (seatIndex >= 0) out.sort((x, y) -> Boolean.compare(x.subject() != seatIndex, y.subject() != seatIndex));
        return out;
    }
}
