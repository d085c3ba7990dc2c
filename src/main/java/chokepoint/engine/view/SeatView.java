package chokepoint.engine.view;

import chokepoint.engine.order.Order;
import chokepoint.engine.state.GameState;
import chokepoint.engine.state.NewsItem;
import chokepoint.engine.state.Proposal;
import chokepoint.engine.state.Research;
import chokepoint.engine.state.ResearchStatus;
import chokepoint.engine.state.TurnRecord;

import java.util.ArrayList;
import java.util.List;

/**
 * What one seat may see: its own figures exactly, others' hidden figures (stockpiles, budget, R&amp;D in
 * progress) as estimates or not at all, proposals addressed to it, and the news it is entitled to. The UI
 * builds the briefing from this, never from the raw state.
 */
public final class SeatView {
    private final GameState s;
    private final String seat;
    private final int index;

    public SeatView(GameState s, String seat) {
        this.s = s;
        this.seat = seat;
        this.index = s.scenario.actorIndex(seat);
        if (index < 0) throw new IllegalArgumentException("unknown seat " + seat);
    }

    public String seat() { return seat; }

    public int seatIndex() { return index; }

    /** The seat's budget (exact). */
    public double budget() { return s.budget[index]; }

    public int actionPoints() { return s.scenario.actors().get(index).actionPoints(); }

    /** Stockpile of any actor in a market: exact for the seat, an estimate for others. */
    public double stock(int actor, int market) {
        return Visibility.estimate(s.stock[actor][market], s.seed, s.turn, index, actor, market);
    }

    /** Budget of another actor as the seat estimates it. */
    public double budgetOf(int actor) {
        return Visibility.estimate(s.budget[actor], s.seed, s.turn, index, actor, -1);
    }

    public boolean isExact(int actor) {
        return actor == index;
    }

    /** The seat's own research in any state; others' projects only once they succeeded (that is public news). */
    public List<Research> research(String actor) {
        List<Research> out = new ArrayList<>();
        for (Research r : s.research) {
            if (!r.actor().equals(actor)) continue;
            if (actor.equals(seat) || r.status() == ResearchStatus.SUCCEEDED) out.add(r);
        }
        return out;
    }

    public List<Proposal> proposalsToMe() {
        List<Proposal> out = new ArrayList<>();
        for (Proposal p : s.proposals) if (p.to().equals(seat)) out.add(p);
        return out;
    }

    public List<Proposal> proposalsFromMe() {
        List<Proposal> out = new ArrayList<>();
        for (Proposal p : s.proposals) if (p.from().equals(seat)) out.add(p);
        return out;
    }

    /** The turn records as this seat sees them (others' stockpiles and budgets estimated, news filtered). */
    public List<TurnRecord> history() {
        List<TurnRecord> out = new ArrayList<>();
        for (TurnRecord r : s.history) out.add(Visibility.redact(r, index, seat, s.seed));
        return out;
    }

    public TurnRecord lastRecord() {
        TurnRecord r = s.lastRecord();
        return r == null ? null : Visibility.redact(r, index, seat, s.seed);
    }

    /** The last record without hidden figures or news ({@link Visibility#publicFigures}); null before turn 0. */
    public TurnRecord lastPublicRecord() {
        TurnRecord r = s.lastRecord();
        return r == null ? null : Visibility.publicFigures(r);
    }

    /** News of the last resolved turn plus anything announced since (scripted events of the coming turn). */
    public List<NewsItem> briefingNews() {
        List<NewsItem> out = new ArrayList<>();
        TurnRecord r = s.lastRecord();
        if (r != null) for (NewsItem n : r.news) if (n.visibleTo(seat)) out.add(n);
        for (NewsItem n : s.pendingNews) if (n.visibleTo(seat)) out.add(n);
        return out;
    }

    /** The seat's own orders of past turns (others' stay hidden). */
    public List<List<Order>> myPastOrders() {
        List<List<Order>> out = new ArrayList<>();
        for (var turn : s.orderLog) out.add(turn.getOrDefault(seat, List.of()));
        return out;
    }
}
