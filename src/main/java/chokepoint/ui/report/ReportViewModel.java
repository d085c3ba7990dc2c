package chokepoint.ui.report;

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
    private final NewsRenderer renderer;
    private final Names names;

    public ReportViewModel(Game game, String seat) {
        this.game = game;
        this.seat = seat;
        this.names = new Names(game);
        this.renderer = new NewsRenderer(names);
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
            String g = groupKey(n);
            if (g == null) {
                order.add(n);
            } else {
                if (!groups.containsKey(g)) order.add(g);
                groups.computeIfAbsent(g, k -> new ArrayList<>()).add(n);
            }
        }
        for (Object o : order) {
            if (o instanceof NewsItem n) {
                out.add(new Line(renderer.render(n), renderer.detail(n), n.importance(), !n.audience().isEmpty()));
            } else {
                List<NewsItem> g = groups.get((String) o);
                NewsItem first = g.get(0);
                String text = g.size() == 1 ? renderer.render(first) : grouped(g);
                out.add(new Line(text, "", first.importance(), !first.audience().isEmpty()));
            }
        }
        return out;
    }

    /**
     * Output losses of one actor with the same cause (one line per sector from the engine) are shown as one line
     * listing the sectors, so a report is not a wall of near-identical sentences.
     */
    private static String groupKey(NewsItem n) {
        List<String> a = n.args();
        if ("news.output.control".equals(n.key()) && a.size() >= 7) {
            return n.key() + "|" + a.get(0) + "|" + a.get(3) + "|" + a.get(4) + "|" + a.get(6) + "|" + n.audience();
        }
        if ("news.output.shortage".equals(n.key()) && a.size() >= 4) {
            return n.key() + "|" + a.get(0) + "|" + a.get(3) + "|" + n.audience();
        }
        return null;
    }

    private String grouped(List<NewsItem> g) {
        List<String> sectors = new ArrayList<>();
        double held = 0;
        for (NewsItem n : g) {
            sectors.add(Texts.get("news.sectorLoss", names.sector(n.args().get(1)), n.args().get(2)));
            if (n.args().size() > 5) held = Math.max(held, parse(n.args().get(5)));
        }
        String list = String.join(Texts.get("list.separator"), sectors);
        List<String> a = g.get(0).args();
        if ("news.output.control".equals(g.get(0).key())) {
            return Texts.get("news.output.control.sectors", names.actor(a.get(0)), list, names.actor(a.get(3)),
                    chokepoint.ui.app.Names.constant("mode", a.get(4)), NewsItemsFormat.whole(held), names.market(a.get(6)));
        }
        return Texts.get("news.output.shortage.sectors", names.actor(a.get(0)), list, names.market(a.get(3)));
    }

    private static double parse(String s) {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Whole-number formatting of a share already in percent. */
    private static final class NewsItemsFormat {
        static String whole(double pct) {
            return Long.toString(Math.round(pct));
        }
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
