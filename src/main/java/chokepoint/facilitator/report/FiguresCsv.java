package chokepoint.facilitator.report;

import chokepoint.engine.scenario.MarketDef;
import chokepoint.engine.scenario.Scenario;
import chokepoint.engine.state.TurnRecord;

import java.util.List;

/**
 * Every figure of every resolved turn as one long CSV table (ids and plain numbers, so any spreadsheet in any
 * language reads it): {@code turn,label,figure,actor,other,commodity,stage,value}.
 */
final class FiguresCsv {
    static final String HEADER = "turn,label,figure,actor,other,commodity,stage,value";

    private FiguresCsv() {}

    static String of(Scenario sc, List<TurnRecord> history) {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (TurnRecord r : history) {
            row(sb, r, "tension", "", "", null, r.tension);
            for (int m = 0; m < sc.marketCount(); m++) {
                MarketDef md = sc.market(m);
                row(sb, r, "price", "", "", md, r.price[m]);
                row(sb, r, "outsidePrice", "", "", md, r.outsidePrice[m]);
            }
            for (int a = 0; a < sc.actorCount(); a++) {
                String id = sc.actors().get(a).id();
                row(sb, r, "gdpIndex", id, "", null, r.gdpIndex[a]);
                row(sb, r, "budget", id, "", null, r.budget[a]);
                row(sb, r, "score", id, "", null, r.score[a]);
                row(sb, r, "exportRevenue", id, "", null, r.exportRevenue[a]);
                for (int m = 0; m < sc.marketCount(); m++) {
                    MarketDef md = sc.market(m);
                    row(sb, r, "demand", id, "", md, r.demand[a][m]);
                    row(sb, r, "production", id, "", md, r.production[a][m]);
                    row(sb, r, "use", id, "", md, r.use[a][m]);
                    row(sb, r, "shortage", id, "", md, r.shortage[a][m]);
                    row(sb, r, "stock", id, "", md, r.stock[a][m]);
                    row(sb, r, "imports", id, "", md, r.imports[a][m]);
                    row(sb, r, "exports", id, "", md, r.exports[a][m]);
                }
                for (int b = 0; b < sc.actorCount(); b++) {
                    if (a != b) row(sb, r, "leverage", id, sc.actors().get(b).id(), null, r.leverage[a][b]);
                }
            }
        }
        return sb.toString();
    }

    private static void row(StringBuilder sb, TurnRecord r, String figure, String actor, String other, MarketDef md, double v) {
        sb.append(r.turn).append(',').append(quote(r.label)).append(',').append(figure).append(',').append(actor).append(',')
                .append(other).append(',').append(md == null ? "" : md.commodity()).append(',')
                .append(md == null ? "" : md.stage()).append(',').append(Fmt.csv(v)).append('\n');
    }

    static String quote(String s) {
        if (s == null) return "";
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
