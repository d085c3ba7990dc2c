package chokepoint.cli;

import chokepoint.text.NewsFormatter;
import chokepoint.text.OrderText;
import chokepoint.text.ScenarioNames;

import chokepoint.engine.Game;
import chokepoint.engine.scenario.ActorDef;
import chokepoint.engine.scenario.MarketDef;
import chokepoint.engine.scenario.Scenario;
import chokepoint.engine.state.Flow;
import chokepoint.engine.state.LeverageTerm;
import chokepoint.engine.state.NewsItem;
import chokepoint.engine.state.ObjectiveStatus;
import chokepoint.engine.state.TurnRecord;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The headless run report (docs/REPORT-FORMAT.md): every turn's figures, news and leverage as JSON. */
public final class ReportWriter {
    public static final int REPORT_VERSION = 1;
    public static final String VERSION = "0.1.0";
    /** Leverage terms listed per actor pair. */
    static final int TOP_TERMS = 3;

    private ReportWriter() {}

    /** Extra facts about the run for the report's meta. */
    public record RunInfo(String ai, String ordersFile) {}

    public static String write(Game game, RunInfo info) {
        return write(game, info, null);
    }

    /** As {@link #write(Game, RunInfo)} with the AI seats' orders and reasons by turn (null: none kept). */
    public static String write(Game game, RunInfo info, Map<Integer, Map<String, SeatAi.Explained>> reasons) {
        return new GsonBuilder().serializeNulls().disableHtmlEscaping().create().toJson(toJson(game, info, reasons)) + "\n";
    }

    public static JsonObject toJson(Game game, RunInfo info) {
        return toJson(game, info, null);
    }

    public static JsonObject toJson(Game game, RunInfo info, Map<Integer, Map<String, SeatAi.Explained>> reasons) {
        Scenario sc = game.scenario();
        NewsFormatter news = NewsFormatter.of(game, "en");
        ScenarioNames names = ScenarioNames.of(game, "en");
        JsonObject root = new JsonObject();
        root.addProperty("format", "chokepoint-report");
        root.addProperty("reportVersion", REPORT_VERSION);
        JsonObject meta = new JsonObject();
        meta.addProperty("scenario", sc.id());
        meta.addProperty("scenarioName", sc.name() == null ? sc.id() : sc.name().en());
        meta.addProperty("seed", game.seed());
        meta.addProperty("turns", game.turnsPlayed());
        meta.addProperty("scenarioTurns", sc.calendar().turns());
        meta.addProperty("version", VERSION);
        meta.addProperty("ai", info == null ? null : info.ai());
        meta.addProperty("orders", info == null ? null : info.ordersFile());
        meta.addProperty("finalHash", game.hash());
        root.add("meta", meta);
        JsonArray actors = new JsonArray();
        for (ActorDef a : sc.actors()) {
            JsonObject o = new JsonObject();
            o.addProperty("id", a.id());
            o.addProperty("name", a.name() == null ? a.id() : a.name().en());
            o.addProperty("kind", a.kind() == null ? null : a.kind().name());
            o.addProperty("playable", a.playable());
            actors.add(o);
        }
        root.add("actors", actors);
        JsonArray markets = new JsonArray();
        for (MarketDef m : sc.markets()) {
            JsonObject o = new JsonObject();
            o.addProperty("key", m.key());
            o.addProperty("commodity", m.commodity());
            o.addProperty("stage", m.stage());
            o.addProperty("unit", m.unit());
            o.add("referencePrice", num(m.referencePrice() == null ? Double.NaN : m.referencePrice().value()));
            markets.add(o);
        }
        root.add("markets", markets);
        JsonArray turns = new JsonArray();
        OrderText orderText = new OrderText(names);
        for (TurnRecord r : game.history()) {
            JsonObject t = turn(sc, r, news, names);
            Map<String, SeatAi.Explained> ai = reasons == null ? null : reasons.get(r.turn);
            if (ai != null) t.add("ai", ai(ai, orderText));
            turns.add(t);
        }
        root.add("turns", turns);
        return root;
    }

    /** The AI seats' orders of a turn, each in words with the seat's reason, and each seat's summary line. */
    private static JsonObject ai(Map<String, SeatAi.Explained> seats, OrderText orderText) {
        JsonObject out = new JsonObject();
        for (Map.Entry<String, SeatAi.Explained> e : seats.entrySet()) {
            SeatAi.Explained x = e.getValue();
            JsonObject seat = new JsonObject();
            JsonArray orders = new JsonArray();
            for (int i = 0; i < x.orders().size(); i++) {
                JsonObject o = new JsonObject();
                o.addProperty("type", x.orders().get(i).type());
                o.addProperty("text", orderText.describe(x.orders().get(i)));
                o.addProperty("reason", x.reasons().isEmpty() ? null : x.reasons().get(i));
                orders.add(o);
            }
            seat.add("orders", orders);
            seat.addProperty("summary", x.summary());
            out.add(e.getKey(), seat);
        }
        return out;
    }

    private static JsonObject turn(Scenario sc, TurnRecord r, NewsFormatter text, ScenarioNames names) {
        int na = sc.actorCount();
        int nm = sc.marketCount();
        double days = sc.calendar().daysPerTurn();
        JsonObject t = new JsonObject();
        t.addProperty("turn", r.turn);
        t.addProperty("label", r.label);
        t.addProperty("stateHash", r.stateHash);
        t.add("tension", num(r.tension));
        JsonArray events = new JsonArray();
        for (String e : r.events) events.add(e);
        t.add("events", events);
        JsonArray news = new JsonArray();
        for (NewsItem n : r.news) {
            JsonObject o = new JsonObject();
            o.addProperty("key", n.key());
            o.add("args", strings(n.args()));
            o.add("audience", strings(n.audience()));
            o.addProperty("importance", n.importance());
            String line = text.line(n);
            if (n.audience() != null && !n.audience().isEmpty()) {
                List<String> who = new ArrayList<>();
                for (String a : n.audience()) who.add(names.actor(a));
                line = "To " + String.join(", ", who) + ": " + line;
            }
            o.addProperty("text", line);
            news.add(o);
        }
        t.add("news", news);
        JsonObject prices = new JsonObject();
        JsonObject outside = new JsonObject();
        for (int m = 0; m < nm; m++) {
            prices.add(sc.market(m).key(), num(r.price[m]));
            outside.add(sc.market(m).key(), num(r.outsidePrice[m]));
        }
        t.add("prices", prices);
        t.add("outsidePrices", outside);
        JsonObject actors = new JsonObject();
        for (int a = 0; a < na; a++) {
            JsonObject o = new JsonObject();
            o.add("gdpIndex", num(r.gdpIndex[a]));
            o.add("budget", num(r.budget[a]));
            o.add("score", num(r.score[a]));
            o.add("exportRevenue", num(r.exportRevenue[a]));
            JsonArray objectives = new JsonArray();
            if (r.objectives != null && a < r.objectives.size()) {
                for (ObjectiveStatus s : r.objectives.get(a)) {
                    JsonObject x = new JsonObject();
                    x.addProperty("id", s.objective());
                    x.add("value", num(s.value()));
                    x.add("threshold", num(s.threshold()));
                    x.addProperty("met", s.met());
                    objectives.add(x);
                }
            }
            o.add("objectives", objectives);
            JsonObject ms = new JsonObject();
            for (int m = 0; m < nm; m++) {
                if (r.demand[a][m] == 0 && r.production[a][m] == 0 && r.use[a][m] == 0 && r.imports[a][m] == 0
                        && r.stock[a][m] == 0 && r.exports[a][m] == 0) {
                    continue;
                }
                JsonObject x = new JsonObject();
                x.add("demand", num(r.demand[a][m]));
                x.add("production", num(r.production[a][m]));
                x.add("use", num(r.use[a][m]));
                x.add("imports", num(r.imports[a][m]));
                x.add("exports", num(r.exports[a][m]));
                Map<String, Double> bySupplier = new TreeMap<>();
                for (Flow f : r.flows) {
                    if (f.buyer() == a && f.market() == m && f.seller() != a) {
                        bySupplier.merge(sc.actors().get(f.seller()).id(), f.quantity(), Double::sum);
                    }
                }
                JsonObject imp = new JsonObject();
                bySupplier.forEach((k, v) -> imp.add(k, num(v)));
                x.add("importsBySupplier", imp);
                x.add("shortage", num(r.shortage[a][m]));
                x.add("stock", num(r.stock[a][m]));
                double perDay = r.demand[a][m] / days;
                x.add("stockDays", perDay > 0 ? num(r.stock[a][m] / perDay) : JsonNull.INSTANCE);
                int largest = r.largestSupplier(a, m);
                x.addProperty("largestSupplier", largest < 0 ? null : sc.actors().get(largest).id());
                x.add("largestSupplierShare", num(r.largestSupplierShare(a, m)));
                ms.add(sc.market(m).key(), x);
            }
            o.add("markets", ms);
            actors.add(sc.actors().get(a).id(), o);
        }
        t.add("actors", actors);
        t.add("leverage", leverage(sc, r));
        return t;
    }

    private static JsonObject leverage(Scenario sc, TurnRecord r) {
        int na = sc.actorCount();
        JsonObject lev = new JsonObject();
        JsonObject matrix = new JsonObject();
        for (int h = 0; h < na; h++) {
            JsonObject row = new JsonObject();
            for (int d = 0; d < na; d++) row.add(sc.actors().get(d).id(), num(r.leverage[h][d]));
            matrix.add(sc.actors().get(h).id(), row);
        }
        lev.add("matrix", matrix);
        List<int[]> pairs = new ArrayList<>();
        for (int h = 0; h < na; h++) for (int d = 0; d < na; d++) if (h != d && r.leverage[h][d] > 0) pairs.add(new int[] {h, d});
        pairs.sort(Comparator.comparingDouble((int[] p) -> -r.leverage[p[0]][p[1]]).thenComparingInt(p -> p[0]).thenComparingInt(p -> p[1]));
        JsonArray top = new JsonArray();
        for (int[] p : pairs) {
            JsonObject o = new JsonObject();
            o.addProperty("holder", sc.actors().get(p[0]).id());
            o.addProperty("dependent", sc.actors().get(p[1]).id());
            o.add("points", num(r.leverage[p[0]][p[1]]));
            List<LeverageTerm> terms = new ArrayList<>();
            for (LeverageTerm lt : r.leverageTerms) if (lt.holder() == p[0] && lt.dependent() == p[1]) terms.add(lt);
            terms.sort(Comparator.comparingDouble((LeverageTerm lt) -> -lt.points()).thenComparingInt(LeverageTerm::market));
            JsonArray ts = new JsonArray();
            for (LeverageTerm lt : terms.subList(0, Math.min(TOP_TERMS, terms.size()))) {
                JsonObject x = new JsonObject();
                x.addProperty("market", sc.market(lt.market()).key());
                x.add("dependence", num(lt.dependence()));
                x.add("alternativeCover", num(lt.alternativeCover()));
                x.add("stockCover", num(lt.stockCover()));
                x.add("exposure", num(lt.exposure()));
                x.add("gdpWeight", num(lt.gdpWeight()));
                x.add("points", num(lt.points()));
                ts.add(x);
            }
            o.add("terms", ts);
            top.add(o);
        }
        lev.add("top", top);
        return lev;
    }

    private static JsonElement num(double d) {
        return Double.isFinite(d) ? new JsonPrimitive(d) : JsonNull.INSTANCE;
    }

    private static JsonArray strings(List<String> list) {
        JsonArray a = new JsonArray();
        if (list != null) for (String s : list) a.add(s);
        return a;
    }
}
