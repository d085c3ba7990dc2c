package chokepoint.ui.debrief;

import chokepoint.engine.Game;
import chokepoint.engine.scenario.ActorDef;
import chokepoint.engine.scenario.ObjectiveDef;
import chokepoint.engine.scenario.Scenario;
import chokepoint.engine.state.NewsItem;
import chokepoint.engine.state.ObjectiveStatus;
import chokepoint.engine.state.TurnRecord;
import chokepoint.ui.timeline.TimelineModel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * View model of the end-of-game debrief, built from the whole (unredacted) history: objectives met or missed
 * per role, turning points, final ranking, and the timeline series for the charts. No JavaFX here; the
 * exporter and the view both read it.
 */
public final class DebriefModel {
    /** Turning points of each computed kind kept (largest first). */
    public static final int SWINGS_KEPT = 3;

    private final Scenario scenario;
    private final List<TurnRecord> records;
    private final TimelineModel timeline;

    public record ObjectiveRow(ObjectiveDef def, ObjectiveStatus status) {
        public boolean met() { return status != null && status.met(); }
    }

    public record RoleObjectives(int actor, List<ObjectiveRow> rows) {
        public long met() { return rows.stream().filter(ObjectiveRow::met).count(); }
        public long missed() { return rows.size() - met(); }
    }

    /** OUTPUT_LOSSES gathers one turn's "output down because of a control" headlines; {@code id} lists the actor ids. */
    public enum PointKind { EVENT, HEADLINE, OUTPUT_LOSSES, LEVERAGE_SWING, PRICE_SWING }

    /**
     * A turning point. For EVENT {@code id} is the event id; for HEADLINE {@code news} is set; for
     * LEVERAGE_SWING {@code a}/{@code b} are holder/dependent, {@code before}/{@code after} the leverage; for
     * PRICE_SWING {@code a} is the market and before/after the prices.
     */
    public record TurningPoint(int turn, String label, PointKind kind, String id, NewsItem news, int a, int b,
                               double before, double after) {
        public double change() { return after - before; }
    }

    public record Rank(int place, int actor, double score) {}

    public DebriefModel(Game game) {
        this(game.scenario(), game.history());
    }

    public DebriefModel(Scenario scenario, List<TurnRecord> records) {
        this.scenario = scenario;
        this.records = List.copyOf(records);
        this.timeline = new TimelineModel(scenario, () -> this.records, null);
    }

    public Scenario scenario() { return scenario; }
    public List<TurnRecord> records() { return records; }
    public TimelineModel timeline() { return timeline; }

    public TurnRecord finalRecord() {
        return records.isEmpty() ? null : records.get(records.size() - 1);
    }

    public int turnsPlayed() {
        TurnRecord f = finalRecord();
        return f == null ? 0 : f.turn;
    }

    /** Objectives of every actor that has any, judged by the final record. */
    public List<RoleObjectives> objectives() {
        TurnRecord last = finalRecord();
        List<RoleObjectives> out = new ArrayList<>();
        for (int a = 0; a < scenario.actorCount(); a++) {
            ActorDef ad = scenario.actors().get(a);
            if (ad.objectives().isEmpty()) continue;
            List<ObjectiveStatus> st = last == null || last.objectives.size() <= a ? List.of() : last.objectives.get(a);
            List<ObjectiveRow> rows = new ArrayList<>();
            for (ObjectiveDef d : ad.objectives()) {
                ObjectiveStatus s = st.stream().filter(x -> x.objective().equals(d.id())).findFirst().orElse(null);
                rows.add(new ObjectiveRow(d, s));
            }
            out.add(new RoleObjectives(a, rows));
        }
        return out;
    }

    public long objectivesMet() { return objectives().stream().mapToLong(RoleObjectives::met).sum(); }
    public long objectivesMissed() { return objectives().stream().mapToLong(RoleObjectives::missed).sum(); }

    public List<Rank> ranking() {
        TurnRecord last = finalRecord();
        List<Rank> out = new ArrayList<>();
        if (last == null) return out;
        List<Integer> order = new ArrayList<>();
        for (int a = 0; a < scenario.actorCount(); a++) if (scenario.actors().get(a).playable()) order.add(a);
        order.sort(Comparator.comparingDouble((Integer a) -> -last.score[a]).thenComparing(a -> a));
        for (int i = 0; i < order.size(); i++) out.add(new Rank(i + 1, order.get(i), last.score[order.get(i)]));
        return out;
    }

    /**
     * In turn order: events, headlines (the output losses a control causes gathered into one line per turn), and
     * the largest leverage and price swings between turns.
     */
    public List<TurningPoint> turningPoints() {
        List<TurningPoint> out = new ArrayList<>();
        for (TimelineModel.TurnCell c : timeline.cells()) {
            for (String e : c.eventIds()) out.add(new TurningPoint(c.turn(), c.label(), PointKind.EVENT, e, null, -1, -1, 0, 0));
            List<String> losers = new ArrayList<>();
            for (NewsItem n : c.headlines()) {
                if ("news.event".equals(n.key())) continue; // the event itself is listed
                if ("news.output.control".equals(n.key())) {
                    if (!n.args().isEmpty() && !losers.contains(n.args().get(0))) losers.add(n.args().get(0));
                    continue;
                }
                out.add(new TurningPoint(c.turn(), c.label(), PointKind.HEADLINE, n.key(), n, -1, -1, 0, 0));
            }
            if (!losers.isEmpty()) {
                out.add(new TurningPoint(c.turn(), c.label(), PointKind.OUTPUT_LOSSES, String.join(",", losers), null,
                        -1, -1, 0, 0));
            }
        }
        out.addAll(leverageSwings());
        out.addAll(priceSwings());
        out.sort(Comparator.comparingInt(TurningPoint::turn)); // stable: kinds keep their order within a turn
        return out;
    }

    /** Largest one-turn changes of leverage between two actors (each unordered pair once, holder gaining). */
    public List<TurningPoint> leverageSwings() {
        List<TurningPoint> all = new ArrayList<>();
        int n = scenario.actorCount();
        for (int t = 1; t < records.size(); t++) {
            TurnRecord p = records.get(t - 1), r = records.get(t);
            for (int h = 0; h < n; h++) {
                for (int d = 0; d < n; d++) {
                    if (h == d) continue;
                    double delta = r.leverage[h][d] - p.leverage[h][d];
                    if (delta > 1e-6) {
                        all.add(new TurningPoint(r.turn, r.label, PointKind.LEVERAGE_SWING, null, null, h, d,
                                p.leverage[h][d], r.leverage[h][d]));
                    }
                }
            }
        }
        all.sort(Comparator.comparingDouble((TurningPoint x) -> -Math.abs(x.change())));
        return List.copyOf(all.subList(0, Math.min(SWINGS_KEPT, all.size())));
    }

    /** Largest one-turn relative price changes. */
    public List<TurningPoint> priceSwings() {
        List<TurningPoint> all = new ArrayList<>();
        for (int t = 1; t < records.size(); t++) {
            TurnRecord p = records.get(t - 1), r = records.get(t);
            for (int m = 0; m < scenario.marketCount(); m++) {
                if (p.price[m] > 0 && Math.abs(r.price[m] / p.price[m] - 1) > 0.01) {
                    all.add(new TurningPoint(r.turn, r.label, PointKind.PRICE_SWING, null, null, m, -1, p.price[m], r.price[m]));
                }
            }
        }
        all.sort(Comparator.comparingDouble((TurningPoint x) -> -Math.abs(x.after() / x.before() - 1)));
        return List.copyOf(all.subList(0, Math.min(SWINGS_KEPT, all.size())));
    }
}
