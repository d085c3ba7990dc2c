package chokepoint.ui.debrief;

import chokepoint.engine.scenario.Scenario;
import chokepoint.engine.state.TurnRecord;
import chokepoint.facilitator.DecisionJournal;
import chokepoint.facilitator.JournalComparison;
import chokepoint.facilitator.report.AfterActionReport;
import chokepoint.ui.debrief.DebriefModel.ObjectiveRow;
import chokepoint.ui.debrief.DebriefModel.Rank;
import chokepoint.ui.debrief.DebriefModel.RoleObjectives;
import chokepoint.ui.debrief.DebriefModel.TurningPoint;
import chokepoint.ui.mapscreen.MapScreenModel;
import chokepoint.ui.mapscreen.UiText;
import chokepoint.ui.timeline.TimelineCharts;
import chokepoint.ui.timeline.TimelineModel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Writes the debrief for the class: a self-contained HTML page (inline CSS; charts and map as embedded PNG
 * when rendered images are given, else inline SVG charts) and CSV files of all figures. Texts are in the
 * current UI language; CSV columns use ids and plain numbers so spreadsheets read them in any language.
 * Needs no JavaFX, so the headless after-action report can reuse it.
 */
public final class DebriefExporter {
    public static final String HTML = "debrief.html";
    public static final String FIGURES_CSV = "debrief-figures.csv";
    public static final String LEVERAGE_CSV = "debrief-leverage.csv";
    /** Image names {@link #setImages} understands. */
    public static final List<String> IMAGES = List.of("map", "leverage", "prices", "dependence");

    private final DebriefModel model;
    private final Map<String, byte[]> images = new LinkedHashMap<>();
    private String priceStage;
    private DecisionJournal journal;
    private int dependenceMarket;

    public DebriefExporter(DebriefModel model) {
        this.model = model;
        List<String> stages = model.timeline().priceStages();
        this.priceStage = stages.isEmpty() ? null : stages.get(Math.min(1, stages.size() - 1));
        Scenario sc = model.scenario();
        this.dependenceMarket = sc.marketCount() == 0 ? -1 : sc.marketsOf(0)[Math.min(1, sc.marketsOf(0).length - 1)];
    }

    /** Rendered PNGs by name ("map", "leverage", "prices", "dependence"); missing charts are drawn as SVG. */
    public void setImages(Map<String, byte[]> pngs) {
        images.clear();
        if (pngs != null) images.putAll(pngs);
    }

    public void setPriceStage(String stage) { priceStage = stage; }

    /** Every seat's decision journal, exported as "Expected vs actual" (the game is over: nothing is private). */
    public void setJournal(DecisionJournal j) { journal = j; }
    public void setDependenceMarket(int market) { dependenceMarket = market; }
    public String priceStage() { return priceStage; }
    public int dependenceMarket() { return dependenceMarket; }

    /** Writes the HTML and CSV files into {@code dir} (created if missing) and returns their paths. */
    public List<Path> export(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>();
        out.add(Files.writeString(dir.resolve(HTML), html(), StandardCharsets.UTF_8));
        // a byte-order mark lets spreadsheet programs read the Japanese names as UTF-8
        out.add(Files.writeString(dir.resolve(FIGURES_CSV), "\uFEFF" + figuresCsv(), StandardCharsets.UTF_8));
        out.add(Files.writeString(dir.resolve(LEVERAGE_CSV), "\uFEFF" + leverageCsv(), StandardCharsets.UTF_8));
        return out;
    }

    // ---- CSV ----------------------------------------------------------------------------------

    /** One row per turn x actor x market, after a header row. */
    public String figuresCsv() {
        Scenario sc = model.scenario();
        MapScreenModel calc = new MapScreenModel(sc, model::records, null);
        StringBuilder sb = new StringBuilder();
        sb.append("turn,label,actor,actor_name,commodity,stage,unit,price,production,use,demand,imports,exports,"
                + "shortage,shortage_share,stock,stock_days,largest_supplier,largest_supplier_share,blocked,blocked_by,"
                + "gdp_index,score,budget\n");
        for (TurnRecord r : model.records()) {
            for (int a = 0; a < sc.actorCount(); a++) {
                for (int m = 0; m < sc.marketCount(); m++) {
                    int ls = r.largestSupplier(a, m);
                    int by = r.blocked[a][m] > 0 ? r.blockedBy[a][m] : -1;
                    List<String> f = List.of(Integer.toString(r.turn), r.label, sc.actors().get(a).id(),
                            UiText.actor(sc, a), sc.market(m).commodity(), sc.market(m).stage(), sc.market(m).unit(),
                            n(r.price[m]), n(r.production[a][m]), n(r.use[a][m]), n(r.demand[a][m]),
                            n(r.imports[a][m]), n(r.exports[a][m]), n(r.shortage[a][m]), n(r.shortageShare(a, m)),
                            n(r.stock[a][m]), n(calc.stockDays(r, a, m)), ls < 0 ? "" : sc.actors().get(ls).id(),
                            n(r.largestSupplierShare(a, m)), n(r.blocked[a][m]), by < 0 ? "" : sc.actors().get(by).id(),
                            n(r.gdpIndex[a]), n(r.score[a]), n(r.budget[a]));
                    sb.append(csvLine(f));
                }
            }
        }
        return sb.toString();
    }

    /** One row per turn x holder x dependent. */
    public String leverageCsv() {
        Scenario sc = model.scenario();
        StringBuilder sb = new StringBuilder("turn,label,holder,dependent,leverage\n");
        for (TurnRecord r : model.records()) {
            for (int h = 0; h < sc.actorCount(); h++) {
                for (int d = 0; d < sc.actorCount(); d++) {
                    if (h == d) continue;
                    sb.append(csvLine(List.of(Integer.toString(r.turn), r.label, sc.actors().get(h).id(),
                            sc.actors().get(d).id(), n(r.leverage[h][d]))));
                }
            }
        }
        return sb.toString();
    }

    private static String n(double v) {
        if (Double.isNaN(v)) return "";
        if (Double.isInfinite(v)) return v > 0 ? "inf" : "-inf";
        return String.format(Locale.ROOT, "%.6g", v).replaceAll("(\\.\\d*?)0+(e|$)", "$1$2").replaceAll("\\.(e|$)", "$1");
    }

    private static String csvLine(List<String> fields) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) sb.append(',');
            String f = fields.get(i) == null ? "" : fields.get(i);
            if (f.contains(",") || f.contains("\"") || f.contains("\n")) f = "\"" + f.replace("\"", "\"\"") + "\"";
            sb.append(f);
        }
        return sb.append('\n').toString();
    }

    // ---- HTML ---------------------------------------------------------------------------------

    public String html() {
        Scenario sc = model.scenario();
        TurnRecord last = model.finalRecord();
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html lang='").append(UiText.lang()).append("'><head><meta charset='utf-8'>")
                .append("<title>").append(esc(UiText.tr("debrief.title"))).append(" – ")
                .append(esc(sc.name().in(UiText.lang()))).append("</title><style>").append(CSS).append("</style></head><body>\n");
        sb.append("<h1>").append(esc(UiText.tr("debrief.title"))).append("</h1>\n<p class='sub'>")
                .append(esc(sc.name().in(UiText.lang()))).append(" · ")
                .append(esc(UiText.tr("debrief.turnsPlayed", model.turnsPlayed(),
                        last == null ? "" : UiText.turnLabel(last))))
                .append("</p>\n");

        sb.append("<section id='objectives'><h2>").append(esc(UiText.tr("debrief.objectives"))).append("</h2>\n");
        sb.append("<p>").append(esc(UiText.tr("debrief.objectivesSummary", model.objectivesMet(), model.objectivesMissed())))
                .append("</p>\n");
        for (RoleObjectives ro : model.objectives()) {
            sb.append("<h3>").append(esc(UiText.actor(sc, ro.actor()))).append(" <span class='count'>")
                    .append(esc(UiText.tr("debrief.metOf", ro.met(), ro.rows().size()))).append("</span></h3>\n");
            sb.append("<table><tr><th>").append(esc(UiText.tr("debrief.col.objective"))).append("</th><th>")
                    .append(esc(UiText.tr("debrief.col.value"))).append("</th><th>")
                    .append(esc(UiText.tr("debrief.col.threshold"))).append("</th><th>")
                    .append(esc(UiText.tr("debrief.col.result"))).append("</th></tr>\n");
            for (ObjectiveRow row : ro.rows()) {
                sb.append("<tr><td>").append(esc(row.def().text().in(UiText.lang()))).append("</td><td class='n'>")
                        .append(row.status() == null ? "–" : esc(DebriefTexts.value(row.def().kind(), row.status().value())))
                        .append("</td><td class='n'>")
                        .append(esc(DebriefTexts.value(row.def().kind(), row.def().threshold()))).append("</td><td class='")
                        .append(row.met() ? "met'>✔ " + esc(UiText.tr("debrief.met")) : "missed'>✘ " + esc(UiText.tr("debrief.missed")))
                        .append("</td></tr>\n");
            }
            sb.append("</table>\n");
        }
        sb.append("</section>\n");

        sb.append("<section id='ranking'><h2>").append(esc(UiText.tr("debrief.ranking"))).append("</h2>\n<table><tr><th>#</th><th>")
                .append(esc(UiText.tr("debrief.col.actor"))).append("</th><th>").append(esc(UiText.tr("debrief.col.score")))
                .append("</th></tr>\n");
        for (Rank r : model.ranking()) {
            sb.append("<tr><td>").append(r.place()).append("</td><td>").append(esc(UiText.actor(sc, r.actor())))
                    .append("</td><td class='n'>").append(esc(UiText.num(r.score()))).append("</td></tr>\n");
        }
        sb.append("</table></section>\n");

        sb.append("<section id='turning-points'><h2>").append(esc(UiText.tr("debrief.turningPoints"))).append("</h2>\n<ul>\n");
        for (TurningPoint p : model.turningPoints()) {
            sb.append("<li><span class='turn'>").append(esc(UiText.turnLabel(p.turn(), p.label()))).append("</span> ")
                    .append(esc(DebriefTexts.describe(sc, p))).append("</li>\n");
        }
        sb.append("</ul></section>\n");

        sb.append("<section id='charts'><h2>").append(esc(UiText.tr("debrief.charts"))).append("</h2>\n");
        chart(sb, "leverage", UiText.tr("timeline.chart.leverageNet"), model.timeline().leverageSeries(), a -> UiText.actor(sc, a));
        if (priceStage != null) {
            chart(sb, "prices", UiText.tr("timeline.chart.prices", UiText.stage(sc, priceStage)),
                    model.timeline().priceSeries(priceStage), m -> UiText.commodity(sc, m));
        }
        if (dependenceMarket >= 0) {
            chart(sb, "dependence", UiText.tr("timeline.chart.dependence", UiText.market(sc, dependenceMarket)),
                    model.timeline().dependenceSeries(dependenceMarket), a -> UiText.actor(sc, a));
        }
        sb.append("</section>\n");

        if (images.containsKey("map")) {
            sb.append("<section id='map'><h2>").append(esc(UiText.tr("debrief.map"))).append("</h2>\n")
                    .append(img("map", UiText.tr("debrief.map"))).append("</section>\n");
        }

        if (journal != null) journalSection(sb, sc);

        sb.append("<section id='figures'><h2>").append(esc(UiText.tr("debrief.figures"))).append("</h2>\n");
        finalFigures(sb);
        priceTable(sb);
        sb.append("<p class='note'>").append(esc(UiText.tr("debrief.csvNote", FIGURES_CSV, LEVERAGE_CSV))).append("</p>\n");
        sb.append("</section>\n</body></html>\n");
        return sb.toString();
    }

    /** "Expected vs actual": every journal note beside what happened, as the debrief's tab shows it. */
    private void journalSection(StringBuilder sb, Scenario sc) {
        String lang = UiText.lang();
        sb.append("<section id='journal'><h2>").append(esc(UiText.tr("debrief.tab.journal"))).append("</h2>\n<p>")
                .append(esc(UiText.tr("debrief.journal.help"))).append("</p>\n");
        List<JournalComparison.Row> rows = JournalSection.rows(journal, sc, model.records());
        if (rows.isEmpty()) {
            sb.append("<p>").append(esc(UiText.tr("debrief.journal.none"))).append("</p></section>\n");
            return;
        }
        sb.append("<table><tr>");
        for (String h : List.of("debrief.journal.seat", "debrief.journal.turn", "debrief.journal.note",
                "debrief.journal.expected", "debrief.journal.actual")) {
            sb.append("<th>").append(esc(UiText.tr(h))).append("</th>");
        }
        sb.append("</tr>\n");
        for (JournalComparison.Row row : rows) {
            var e = row.entry();
            String cls = row.matched() == null ? "" : row.matched() ? " class='met'" : " class='missed'";
            sb.append("<tr><td>").append(esc(UiText.actor(sc, sc.actorIndex(e.seat())))).append("</td><td>")
                    .append(esc(JournalSection.turnLabel(model.records(), e.turn()))).append("</td><td>")
                    .append(esc(e.text())).append("</td><td>")
                    .append(esc(e.expectation() == null ? "—" : AfterActionReport.expectationText(e.expectation(), sc, lang)))
                    .append("</td><td").append(cls).append(">").append(esc(AfterActionReport.outcomeText(row, sc, lang)))
                    .append("</td></tr>\n");
        }
        sb.append("</table></section>\n");
    }

    private void chart(StringBuilder sb, String name, String title, List<TimelineModel.Series> series, IntFunction<String> label) {
        sb.append("<figure id='chart-").append(name).append("'><figcaption>").append(esc(title)).append("</figcaption>");
        if (images.containsKey(name)) {
            sb.append(img(name, title));
        } else {
            List<TurnRecord> rs = model.records();
            IntFunction<String> tick = t -> {
                for (TurnRecord r : rs) if (r.turn == t) return TimelineCharts.shortLabel(r.turn, r.label);
                return "";
            };
            List<TimelineModel.Series> top = new ArrayList<>(series);
            top.sort((a, b) -> Double.compare(peak(b.values()), peak(a.values())));
            sb.append(SvgChart.render(model.timeline().turns(), top.subList(0, Math.min(8, top.size())), label, tick));
        }
        sb.append("</figure>\n");
    }

    private static double peak(double[] v) {
        double m = 0;
        for (double x : v) if (Double.isFinite(x)) m = Math.max(m, Math.abs(x));
        return m;
    }

    private String img(String name, String alt) {
        return "<img alt='" + esc(alt) + "' src='data:image/png;base64,"
                + Base64.getEncoder().encodeToString(images.get(name)) + "'>";
    }

    private void finalFigures(StringBuilder sb) {
        Scenario sc = model.scenario();
        TurnRecord r = model.finalRecord();
        if (r == null) return;
        TurnRecord first = model.records().get(0);
        sb.append("<h3>").append(esc(UiText.tr("debrief.finalFigures", UiText.turnLabel(r)))).append("</h3>\n<table><tr><th>")
                .append(esc(UiText.tr("debrief.col.actor"))).append("</th><th>").append(esc(UiText.tr("mapscreen.panel.gdpIndex")))
                .append("</th><th>").append(esc(UiText.tr("mapscreen.panel.score"))).append("</th><th>")
                .append(esc(UiText.tr("debrief.col.netLeverage"))).append("</th><th>")
                .append(esc(UiText.tr("debrief.col.netLeverageChange"))).append("</th></tr>\n");
        for (int a = 0; a < sc.actorCount(); a++) {
            double net = MapScreenModel.netLeverage(r, a);
            sb.append("<tr><td>").append(esc(UiText.actor(sc, a))).append("</td><td class='n'>").append(esc(UiText.num(r.gdpIndex[a])))
                    .append("</td><td class='n'>").append(esc(UiText.num(r.score[a]))).append("</td><td class='n'>")
                    .append(esc(UiText.signed(net))).append("</td><td class='n'>")
                    .append(esc(UiText.signed(net - MapScreenModel.netLeverage(first, a)))).append("</td></tr>\n");
        }
        sb.append("</table>\n");
    }

    private void priceTable(StringBuilder sb) {
        Scenario sc = model.scenario();
        List<TurnRecord> rs = model.records();
        sb.append("<h3>").append(esc(UiText.tr("debrief.priceTable"))).append("</h3>\n<div class='wide'><table><tr><th>")
                .append(esc(UiText.tr("mapscreen.market"))).append("</th>");
        for (TurnRecord r : rs) sb.append("<th>").append(esc(TimelineCharts.shortLabel(r.turn, r.label))).append("</th>");
        sb.append("</tr>\n");
        for (int m = 0; m < sc.marketCount(); m++) {
            sb.append("<tr><td>").append(esc(UiText.market(sc, m))).append("</td>");
            double base = rs.get(0).price[m];
            for (TurnRecord r : rs) sb.append("<td class='n'>").append(base > 0 ? Math.round(100 * r.price[m] / base) : "–").append("</td>");
            sb.append("</tr>\n");
        }
        sb.append("</table></div>\n");
    }

    static String esc(String s) {
        if (s == null) return "";
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;").replace("\"", "&quot;");
    }

    private static final String CSS = "body{font-family:'IPAexGothic','Hiragino Sans','Noto Sans JP','Segoe UI',sans-serif;"
            + "margin:24px auto;max-width:1100px;color:#1d2733;line-height:1.45}h1{margin-bottom:0}"
            + ".sub{color:#4a5866;margin-top:4px}h2{border-bottom:2px solid #c8d0d8;padding-bottom:4px;margin-top:32px}"
            + "table{border-collapse:collapse;margin:8px 0 16px}th,td{border:1px solid #d5dbe1;padding:4px 8px;text-align:left}"
            + "th{background:#eef1f4}td.n{text-align:right;font-variant-numeric:tabular-nums}"
            + "td.met{color:#1b7837;font-weight:bold}td.missed{color:#b3261e;font-weight:bold}.count{font-weight:normal;color:#4a5866}"
            + ".turn{display:inline-block;min-width:80px;font-weight:bold}figure{margin:12px 0}figcaption{font-weight:bold}"
            + "img{max-width:100%;border:1px solid #d5dbe1}.wide{overflow-x:auto}.note{color:#4a5866;font-size:90%}"
            + "@media print{section{page-break-inside:avoid}}";
}
