package chokepoint.facilitator.report;

import chokepoint.ai.Reason;
import chokepoint.engine.Game;
import chokepoint.engine.order.Order;
import chokepoint.engine.scenario.ActorDef;
import chokepoint.engine.scenario.EventDef;
import chokepoint.engine.scenario.ObjectiveDef;
import chokepoint.engine.scenario.Scenario;
import chokepoint.engine.state.NewsItem;
import chokepoint.engine.state.ObjectiveStatus;
import chokepoint.engine.state.TurnRecord;
import chokepoint.facilitator.Expectation;
import chokepoint.facilitator.Facilitator;
import chokepoint.facilitator.Intervention;
import chokepoint.facilitator.JournalComparison;
import chokepoint.facilitator.JournalEntry;
import chokepoint.facilitator.SeatOrders;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * One click after the exercise: a self-contained HTML report for the hotwash (inline CSS and SVG charts; map
 * snapshots embedded as PNG when the UI supplies them) and a CSV of every figure. English or Japanese.
 * Sections: summary, timeline, charts, maps at key turns, objectives by role, decisions with expectations beside
 * outcomes, injects, facilitator log. Needs no JavaFX.
 */
public final class AfterActionReport {
    public static final String HTML_FILE = "after-action-report.html";
    public static final String CSV_FILE = "after-action-figures.csv";

    /** PNG of the map at a turn (the UI passes JavaFX snapshots); empty when it has none. */
    @FunctionalInterface
    public interface SnapshotProvider {
        Optional<byte[]> mapPng(int turn);
    }

    /** Where the files went. */
    public record Written(Path html, Path csv) {}

    private final Facilitator facilitator;
    private final Game game;
    private final Scenario sc;
    private final List<TurnRecord> history;
    private AarText tx;
    private SnapshotProvider snapshots;

    private AfterActionReport(Facilitator f) {
        this.facilitator = f;
        this.game = f.game();
        this.sc = game.scenario();
        this.history = game.history();
        this.tx = new AarText("en", game);
    }

    /** A report with the facilitator's journal, AI reasons and log. */
    public static AfterActionReport of(Facilitator f) {
        return new AfterActionReport(f);
    }

    /** A report of a game played without a facilitator (no journal). */
    public static AfterActionReport of(Game g) {
        return new AfterActionReport(new Facilitator(g));
    }

    /** "en" (default) or "ja". */
    public AfterActionReport language(String lang) {
        this.tx = new AarText(lang, game);
        return this;
    }

    public AfterActionReport snapshots(SnapshotProvider provider) {
        this.snapshots = provider;
        return this;
    }

    /** Writes the HTML and CSV into {@code dir} (created if needed). */
    public Written write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path html = dir.resolve(HTML_FILE);
        Path csv = dir.resolve(CSV_FILE);
        Files.writeString(html, html(), StandardCharsets.UTF_8);
        Files.writeString(csv, csv(), StandardCharsets.UTF_8);
        return new Written(html, csv);
    }

    public String csv() {
        return FiguresCsv.of(sc, history);
    }

    public String html() {
        StringBuilder b = new StringBuilder(64_000);
        b.append("<!DOCTYPE html>\n<html lang=\"").append(tx.lang()).append("\"><head><meta charset=\"utf-8\">");
        b.append("<title>").append(Html.esc(tx.t("aar.title") + " – " + sc.name().in(tx.lang()))).append("</title>");
        b.append("<style>").append(CSS).append("</style></head><body>\n");
        b.append("<h1>").append(Html.esc(tx.t("aar.title"))).append("</h1>");
        b.append("<p class=\"sub\">").append(Html.esc(tx.t("aar.subtitle", sc.name().in(tx.lang()), Long.toString(game.seed()),
                game.turnsPlayed(), sc.calendar().turns(), lastLabel()))).append("</p>");
        b.append("<p>").append(Html.esc(tx.t("aar.generated"))).append("</p>\n");
        b.append("<nav>");
        for (String s : List.of("summary", "timeline", "charts", "maps", "objectives", "decisions", "injects", "log")) {
            b.append("<a href=\"#").append(s).append("\">").append(Html.esc(tx.t("aar.section." + s))).append("</a> ");
        }
        b.append("</nav>\n");
        summary(b);
        timeline(b);
        charts(b);
        maps(b);
        objectives(b);
        decisions(b);
        injects(b);
        log(b);
        b.append("<footer>").append(Html.esc(tx.t("aar.csv.note", CSV_FILE))).append("</footer>");
        b.append("</body></html>\n");
        return b.toString();
    }

    private String lastLabel() {
        TurnRecord r = history.get(history.size() - 1);
        return r.turn == 0 ? tx.t("aar.start") : r.label;
    }

    private String label(TurnRecord r) {
        return r.turn == 0 ? tx.t("aar.start") : r.label;
    }

    private void section(StringBuilder b, String id) {
        b.append("<section id=\"").append(id).append("\"><h2>").append(Html.esc(tx.t("aar.section." + id))).append("</h2>\n");
    }

    // ---- summary --------------------------------------------------------------------------------------------

    private void summary(StringBuilder b) {
        section(b, "summary");
        TurnRecord first = history.get(0);
        TurnRecord last = history.get(history.size() - 1);
        b.append("<ul>");
        li(b, tx.t("aar.summary.tension", Fmt.num(first.tension), Fmt.num(last.tension)));
        List<Intervention> log = interventions();
        long injects = log.stream().filter(i -> i instanceof Intervention.Injected).count();
        long edits = log.stream().filter(i -> i instanceof Intervention.ParameterEdit).count();
        long rollbacks = log.stream().filter(i -> i.line().contains("rolled back")).count();
        li(b, tx.t("aar.summary.injects", injects, edits, rollbacks));
        int met = 0;
        int total = 0;
        for (List<ObjectiveStatus> list : last.objectives) for (ObjectiveStatus s : list) { total++; if (s.met()) met++; }
        li(b, tx.t("aar.summary.objectives", met, total));
        int best = -1;
        int worst = -1;
        for (int a = 0; a < sc.actorCount(); a++) {
            if (!sc.actors().get(a).playable()) continue;
            if (best < 0 || last.score[a] > last.score[best]) best = a;
            if (worst < 0 || last.gdpIndex[a] < last.gdpIndex[worst]) worst = a;
        }
        if (best >= 0 && game.turnsPlayed() > 0) li(b, tx.t("aar.summary.leader", tx.actor(best), Fmt.num(last.score[best])));
        if (worst >= 0 && game.turnsPlayed() > 0) li(b, tx.t("aar.summary.gdp", tx.actor(worst), Fmt.num(last.gdpIndex[worst])));
        List<JournalComparison.Row> rows = journalRows();
        long checked = rows.stream().filter(r -> r.matched() != null).count();
        long right = rows.stream().filter(r -> Boolean.TRUE.equals(r.matched())).count();
        if (checked > 0) li(b, tx.t("aar.summary.journal", right, checked));
        b.append("</ul></section>\n");
    }

    private static void li(StringBuilder b, String text) {
        b.append("<li>").append(Html.esc(text)).append("</li>");
    }

    // ---- timeline -------------------------------------------------------------------------------------------

    private void timeline(StringBuilder b) {
        section(b, "timeline");
        Map<Integer, List<String>> inForce = eventsInForce();
        java.util.Set<String> injected = injectedIds();
        b.append("<table><thead><tr><th>").append(Html.esc(tx.t("aar.col.turn"))).append("</th><th>")
                .append(Html.esc(tx.t("aar.col.tension"))).append("</th><th>").append(Html.esc(tx.t("aar.col.events")))
                .append("</th><th>").append(Html.esc(tx.t("aar.col.news"))).append("</th></tr></thead><tbody>");
        for (TurnRecord r : history) {
            b.append("<tr><td>").append(Html.esc(label(r))).append("</td><td class=\"n\">").append(Fmt.num(r.tension)).append("</td><td>");
            for (String id : inForce.getOrDefault(r.turn, List.of())) {
                b.append("<div>").append(Html.esc(tx.eventTitle(id)));
                if (injected.contains(id)) b.append(" <span class=\"tag\">").append(Html.esc(tx.t("aar.inject.mark"))).append("</span>");
                b.append("</div>");
            }
            b.append("</td><td>");
            List<NewsItem> headlines = headlines(r);
            for (NewsItem n : headlines.subList(0, Math.min(4, headlines.size()))) {
                b.append("<div>").append(Html.esc(tx.news(n))).append("</div>");
            }
            b.append("</td></tr>\n");
        }
        b.append("</tbody></table></section>\n");
    }

    /** Up to four public news items, most important first, one per kind of news and actor. */
    private static List<NewsItem> headlines(TurnRecord r) {
        List<NewsItem> all = new ArrayList<>();
        for (NewsItem n : r.news) if (n.audience().isEmpty() && !"news.event".equals(n.key()) && n.importance() >= 2) all.add(n);
        all.sort(Comparator.comparingInt(NewsItem::importance).reversed());
        List<NewsItem> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (NewsItem n : all) {
            if (seen.add(n.key() + "|" + (n.args().isEmpty() ? "" : n.args().get(0)))) out.add(n);
        }
        return out;
    }

    /** Event ids by the turn they were in force from: scripted turn, inject turn, or the turn after a deck draw. */
    private Map<Integer, List<String>> eventsInForce() {
        Map<Integer, List<String>> out = new HashMap<>();
        java.util.Set<String> fired = new java.util.HashSet<>(game.state().firedEvents);
        Map<String, Integer> drawn = new HashMap<>();
        for (TurnRecord r : history) for (String id : r.events) drawn.putIfAbsent(id, r.turn + 1);
        for (EventDef e : sc.events()) {
            if (!fired.contains(e.id())) continue;
            int turn = e.turn() > 0 ? e.turn() : drawn.getOrDefault(e.id(), -1);
            if (turn >= 0) out.computeIfAbsent(turn, k -> new ArrayList<>()).add(e.id());
        }
        return out;
    }

    private java.util.Set<String> injectedIds() {
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (Intervention i : interventions()) if (i instanceof Intervention.Injected in) ids.add(in.event().id());
        return ids;
    }

    private List<Intervention> interventions() {
        List<Intervention> out = new ArrayList<>();
        for (String line : game.state().editLog) out.add(Intervention.parse(line, sc.events()));
        return out;
    }

    // ---- charts ---------------------------------------------------------------------------------------------

    private void charts(StringBuilder b) {
        section(b, "charts");
        List<String> x = new ArrayList<>();
        for (TurnRecord r : history) x.add(r.turn == 0 ? "0" : r.label);
        Map<String, double[]> leverage = new LinkedHashMap<>();
        Map<String, double[]> gdp = new LinkedHashMap<>();
        for (int a = 0; a < sc.actorCount(); a++) {
            if (!sc.actors().get(a).playable()) continue;
            double[] lv = new double[history.size()];
            double[] g = new double[history.size()];
            for (int t = 0; t < history.size(); t++) {
                double sum = 0;
                for (int o = 0; o < sc.actorCount(); o++) if (o != a) sum += history.get(t).leverage[a][o];
                lv[t] = sum;
                g[t] = history.get(t).gdpIndex[a];
            }
            leverage.put(tx.actor(a), lv);
            gdp.put(tx.actor(a), g);
        }
        Map<String, double[]> prices = new LinkedHashMap<>();
        for (int c = 0; c < sc.commodities().size(); c++) {
            int[] ms = sc.marketsOf(c);
            int m = ms[ms.length > 1 ? 1 : 0];
            double base = history.get(0).price[m];
            double[] s = new double[history.size()];
            for (int t = 0; t < history.size(); t++) s[t] = base <= 0 ? Double.NaN : 100 * history.get(t).price[m] / base;
            prices.put(tx.market(sc.market(m).commodity(), sc.market(m).stage()), s);
        }
        chart(b, "leverage", tx.t("aar.chart.leverage"), x, leverage);
        chart(b, "prices", tx.t("aar.chart.prices"), x, prices);
        chart(b, "gdp", tx.t("aar.chart.gdp"), x, gdp);
        b.append("</section>\n");
    }

    private static void chart(StringBuilder b, String id, String title, List<String> x, Map<String, double[]> series) {
        b.append("<figure id=\"chart-").append(id).append("\"><figcaption>").append(Html.esc(title)).append("</figcaption>")
                .append(SvgLineChart.render(title, x, series)).append("</figure>\n");
    }

    // ---- maps -----------------------------------------------------------------------------------------------

    /** Start, the two turns where tension and leverage moved most, and the last turn. */
    public List<Integer> keyTurns() {
        TreeSet<Integer> turns = new TreeSet<>();
        turns.add(0);
        turns.add(history.size() - 1);
        List<int[]> moves = new ArrayList<>();
        for (int t = 1; t < history.size(); t++) {
            TurnRecord a = history.get(t - 1);
            TurnRecord c = history.get(t);
            double m = Math.abs(c.tension - a.tension);
            for (int i = 0; i < sc.actorCount(); i++) for (int j = 0; j < sc.actorCount(); j++) m += Math.abs(c.leverage[i][j] - a.leverage[i][j]) / 10;
            moves.add(new int[]{t, (int) Math.round(m * 1000)});
        }
        moves.sort((p, q) -> Integer.compare(q[1], p[1]));
        for (int k = 0; k < Math.min(2, moves.size()); k++) turns.add(moves.get(k)[0]);
        return List.copyOf(turns);
    }

    private void maps(StringBuilder b) {
        section(b, "maps");
        boolean any = false;
        if (snapshots != null) {
            b.append("<div class=\"maps\">");
            for (int t : keyTurns()) {
                Optional<byte[]> png = snapshots.mapPng(t);
                if (png.isEmpty()) continue;
                any = true;
                String caption = tx.t("aar.maps.caption", label(history.get(t)));
                b.append("<figure><img alt=\"").append(Html.esc(caption)).append("\" src=\"data:image/png;base64,")
                        .append(Base64.getEncoder().encodeToString(png.get())).append("\"><figcaption>")
                        .append(Html.esc(caption)).append("</figcaption></figure>");
            }
            b.append("</div>");
        }
        if (!any) b.append("<p>").append(Html.esc(tx.t("aar.maps.none"))).append("</p>");
        b.append("</section>\n");
    }

    // ---- objectives -----------------------------------------------------------------------------------------

    private void objectives(StringBuilder b) {
        section(b, "objectives");
        TurnRecord last = history.get(history.size() - 1);
        for (int a = 0; a < sc.actorCount(); a++) {
            ActorDef ad = sc.actors().get(a);
            if (ad.objectives().isEmpty()) continue;
            b.append("<h3>").append(Html.esc(tx.actor(a))).append("</h3><table><thead><tr><th>")
                    .append(Html.esc(tx.t("aar.col.objective"))).append("</th><th>").append(Html.esc(tx.t("aar.col.value")))
                    .append("</th><th>").append(Html.esc(tx.t("aar.col.threshold"))).append("</th><th>")
                    .append(Html.esc(tx.t("aar.col.status"))).append("</th></tr></thead><tbody>");
            List<ObjectiveStatus> statuses = a < last.objectives.size() ? last.objectives.get(a) : List.of();
            for (ObjectiveDef od : ad.objectives()) {
                ObjectiveStatus st = statuses.stream().filter(s -> s.objective().equals(od.id())).findFirst().orElse(null);
                b.append("<tr><td>").append(Html.esc(od.text().in(tx.lang()))).append("<div class=\"src\">")
                        .append(Html.esc(od.source())).append("</div></td>");
                if (st == null) {
                    b.append("<td></td><td class=\"n\">").append(objectiveFigure(od, od.threshold())).append("</td><td></td></tr>");
                    continue;
                }
                String cls = st.met() ? "met" : "missed";
                b.append("<td class=\"n\">").append(objectiveFigure(od, st.value())).append("</td><td class=\"n\">").append(objectiveFigure(od, st.threshold()))
                        .append("</td><td class=\"").append(cls).append("\">").append(Html.esc(tx.t("aar.status." + cls)))
                        .append("</td></tr>");
            }
            b.append("</tbody></table>\n");
        }
        b.append("</section>\n");
    }

    /** Shares as percentages, days and indexes as numbers. */
    private static String objectiveFigure(ObjectiveDef od, double v) {
        String k = od.kind().name();
        return k.contains("SHARE") || k.startsWith("SHORTAGE") ? Fmt.pct(v) : Fmt.num(v);
    }

    // ---- decisions ------------------------------------------------------------------------------------------

    private List<JournalComparison.Row> journalRows() {
        return JournalComparison.compare(facilitator.journal(), sc, history);
    }

    private void decisions(StringBuilder b) {
        section(b, "decisions");
        Map<String, JournalComparison.Row> byKey = new HashMap<>();
        for (JournalComparison.Row r : journalRows()) byKey.put(r.entry().turn() + "/" + r.entry().seat(), r);
        b.append("<table><thead><tr><th>").append(Html.esc(tx.t("aar.col.turn"))).append("</th><th>")
                .append(Html.esc(tx.t("aar.col.seat"))).append("</th><th>").append(Html.esc(tx.t("aar.col.orders")))
                .append("</th><th>").append(Html.esc(tx.t("aar.col.reasons"))).append("</th><th>")
                .append(Html.esc(tx.t("aar.col.expected"))).append("</th><th>").append(Html.esc(tx.t("aar.col.actual")))
                .append("</th></tr></thead><tbody>");
        boolean any = false;
        for (SeatOrders so : facilitator.allSubmittedOrders()) {
            any = true;
            TurnRecord r = history.get(so.turn());
            b.append("<tr><td>").append(Html.esc(r.label)).append("</td><td>").append(Html.esc(tx.actor(so.seat()))).append("</td><td>");
            if (so.orders().isEmpty()) b.append("<i>").append(Html.esc(tx.t("aar.noOrders"))).append("</i>");
            for (Order o : so.orders()) b.append("<div>").append(Html.esc(tx.order(o))).append("</div>");
            b.append("</td><td>");
            for (Reason why : so.reasons()) b.append("<div>").append(Html.esc(tx.reason(why))).append("</div>");
            b.append("</td>");
            JournalComparison.Row row = byKey.get(so.turn() + "/" + so.seat());
            expectedActual(b, row);
            b.append("</tr>\n");
        }
        if (!any) b.append("<tr><td colspan=\"6\">").append(Html.esc(tx.t("aar.none"))).append("</td></tr>");
        b.append("</tbody></table></section>\n");
    }

    private void expectedActual(StringBuilder b, JournalComparison.Row row) {
        if (row == null) {
            b.append("<td></td><td></td>");
            return;
        }
        JournalEntry e = row.entry();
        b.append("<td>").append(Html.esc(e.text()));
        Expectation x = e.expectation();
        if (x != null) {
            b.append("<div class=\"exp\">").append(Html.esc(figure(x))).append(": ")
                    .append(Html.esc(x.direction() == null ? "" : tx.t("aar.dir." + x.direction().name()))).append("</div>");
        }
        b.append("</td><td>");
        if (row.actual() != null) {
            b.append(Html.esc(movement(tx, row)));
            String cls = Boolean.TRUE.equals(row.matched()) ? "met" : "missed";
            b.append(" <span class=\"").append(cls).append("\">").append(Html.esc(match(tx, row))).append("</span>");
        } else {
            b.append(Html.esc(tx.t("aar.match.unknown")));
        }
        b.append("</td>");
    }

    private String figure(Expectation x) {
        return figure(tx, x);
    }

    /** "up (1.20 → 1.50)": how the figure moved over the turn. */
    private static String movement(AarText tx, JournalComparison.Row row) {
        return tx.t("aar.dir." + row.actual().name()) + " (" + Fmt.num(row.before()) + " → " + Fmt.num(row.after()) + ")";
    }

    private static String match(AarText tx, JournalComparison.Row row) {
        return tx.t(Boolean.TRUE.equals(row.matched()) ? "aar.match.yes" : "aar.match.no");
    }

    /** A journal entry's expectation in words ("price of NdPr (refining): up"), as the report writes it. */
    public static String expectationText(Expectation x, Scenario sc, String lang) {
        AarText t = new AarText(lang, sc);
        return figure(t, x) + ": " + (x.direction() == null ? "" : t.t("aar.dir." + x.direction().name()));
    }

    /** What happened to the expected figure ("up (1.20 → 1.50) as expected"), as the report writes it. */
    public static String outcomeText(JournalComparison.Row row, Scenario sc, String lang) {
        AarText t = new AarText(lang, sc);
        return row.actual() == null ? t.t("aar.match.unknown") : movement(t, row) + " " + match(t, row);
    }

    private static String figure(AarText tx, Expectation x) {
        String market = x.commodity() == null ? "" : tx.market(x.commodity(), x.stage());
        return switch (x.figure()) {
            case PRICE -> tx.t("aar.figure.PRICE", market);
            case SHORTAGE -> tx.t("aar.figure.SHORTAGE", tx.actor(x.actor()), market);
            case LEVERAGE -> tx.t("aar.figure.LEVERAGE", tx.actor(x.actor()), "", tx.actor(x.other()));
            case GDP -> tx.t("aar.figure.GDP", tx.actor(x.actor()));
            case TENSION -> tx.t("aar.figure.TENSION");
        };
    }

    // ---- injects and log ------------------------------------------------------------------------------------

    private void injects(StringBuilder b) {
        section(b, "injects");
        List<Intervention.Injected> list = new ArrayList<>();
        for (Intervention i : interventions()) if (i instanceof Intervention.Injected in) list.add(in);
        if (list.isEmpty()) {
            b.append("<p>").append(Html.esc(tx.t("aar.none"))).append("</p></section>\n");
            return;
        }
        b.append("<table><thead><tr><th>").append(Html.esc(tx.t("aar.col.turn"))).append("</th><th>")
                .append(Html.esc(tx.t("aar.col.title"))).append("</th><th>").append(Html.esc(tx.t("aar.col.source")))
                .append("</th></tr></thead><tbody>");
        for (Intervention.Injected in : list) {
            b.append("<tr><td>").append(Html.esc(sc.calendar().label(in.turn()))).append("</td><td><b>")
                    .append(Html.esc(in.event().title().in(tx.lang()))).append("</b><div>")
                    .append(Html.esc(in.event().text() == null ? "" : in.event().text().in(tx.lang()))).append("</div></td><td class=\"src\">")
                    .append(Html.esc(in.event().source())).append("</td></tr>\n");
        }
        b.append("</tbody></table></section>\n");
    }

    private void log(StringBuilder b) {
        section(b, "log");
        List<String> lines = chokepoint.facilitator.LogText.lines(game, tx.lang());
        if (lines.isEmpty()) b.append("<p>").append(Html.esc(tx.t("aar.none"))).append("</p>");
        else {
            b.append("<ol class=\"log\">");
            for (String l : lines) b.append("<li>").append(Html.esc(l)).append("</li>");
            b.append("</ol>");
        }
        b.append("</section>\n");
    }

    private static final String CSS = """
            body{font-family:"IPAexGothic","Noto Sans JP","Hiragino Sans","Yu Gothic",system-ui,sans-serif;margin:2em auto;max-width:1100px;padding:0 1em;color:#222;line-height:1.45}
            h1{margin-bottom:.1em}.sub{color:#555;margin-top:0}nav a{margin-right:.8em}
            section{margin-top:2em;border-top:2px solid #0072B2;padding-top:.5em}
            table{border-collapse:collapse;width:100%;font-size:.92em}th,td{border:1px solid #ccc;padding:.3em .5em;vertical-align:top;text-align:left}
            th{background:#eef4fa}td.n{text-align:right;font-variant-numeric:tabular-nums}
            .met{color:#007a55;font-weight:bold}.missed{color:#b34700;font-weight:bold}
            .tag{background:#CC79A7;color:#fff;border-radius:3px;padding:0 .3em;font-size:.8em}
            .src{color:#666;font-size:.85em}.exp{color:#0072B2}
            figure{margin:1em 0}figcaption{font-weight:bold}svg.chart{width:100%;height:auto;max-width:900px}
            .maps{display:flex;flex-wrap:wrap;gap:1em}.maps img{max-width:520px;border:1px solid #ccc}
            ol.log{font-family:monospace;font-size:.88em}footer{margin-top:2em;color:#666;font-size:.85em}
            @media print{nav{display:none}section{page-break-inside:avoid}}
            """;
}
