package chokepoint.ui.report;

import chokepoint.text.NewsFormatter;

import chokepoint.engine.Game;
import chokepoint.engine.state.NewsItem;
import chokepoint.engine.state.TurnRecord;
import chokepoint.engine.view.SeatView;
import chokepoint.ui.app.Names;
import chokepoint.ui.app.Texts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The turn report (and briefing) of one seat: only the news that seat may see ({@link SeatView#briefingNews()}),
 * rendered in the current language, most important first; plus the seat's own headline figures.
 */
public final class ReportViewModel {
    /** One rendered line. */
    public record Line(String text, String detail, int importance, boolean privateNews) {}

    private final Game game;
    private final String seat;
    private final Names names;

    public ReportViewModel(Game game, String seat) {
        this.game = game;
        this.seat = seat;
        this.names = new Names(game);
    }

    public String seat() {
        return seat;
    }

    public String title() {
        TurnRecord last = game.view(seat).lastRecord();
        if (last == null || last.turn == 0) return Texts.get("report.title.briefing", game.currentLabel());
        return Texts.get("report.title", last.label, names.actor(seat));
    }

    public List<Line> lines() {
        SeatView v = game.view(seat);
        List<NewsItem> news = new ArrayList<>(v.briefingNews());
        news.sort(Comparator.comparingInt((NewsItem n) -> -n.importance()));
        List<Line> out = new ArrayList<>();
        Map<String, List<NewsItem>> groups = new LinkedHashMap<>();
        List<Object> order = new ArrayList<>();
        for (NewsItem n : news) {
            String g = NewsFormatter.groupKey(n);
            if (g == null) {
                order.add(n);
            } else {
                if (!groups.containsKey(g)) order.add(g);
                groups.computeIfAbsent(g, k -> new ArrayList<>()).add(n);
            }
        }
        NewsFormatter renderer = names.news();
        for (Object o : order) {
            if (o instanceof NewsItem n) {
                out.add(new Line(renderer.line(n), renderer.detail(n), n.importance(), !n.audience().isEmpty()));
            } else {
                List<NewsItem> g = groups.get((String) o);
                NewsItem first = g.get(0);
                String text = renderer.groupedLine(g);
                out.add(new Line(text, "", first.importance(), !first.audience().isEmpty()));
            }
        }
        return out;
    }

    /** The headline: the most important line, or a quiet-turn message. */
    public String headline() {
        List<Line> l = lines();
        return l.isEmpty() ? Texts.get("report.quiet") : l.get(0).text();
    }

    /** The seat's own figures after the last resolution: GDP index, budget, score, tension. */
    public List<String> figures() {
        SeatView v = game.view(seat);
        TurnRecord r = v.lastRecord();
        List<String> out = new ArrayList<>();
        out.add(Texts.get("report.budget", fmt(v.budget()), v.actionPoints()));
        if (r != null) {
            int me = v.seatIndex();
            out.add(Texts.get("report.gdp", fmt(r.gdpIndex[me])));
            out.add(Texts.get("report.score", fmt(r.score[me])));
            out.add(Texts.get("report.tension", fmt(r.tension)));
        }
        return out;
    }

    static String fmt(double d) {
        return String.format(Texts.locale(), "%,.1f", d);
    }
}
