package chokepoint.facilitator;

import chokepoint.engine.Game;
import chokepoint.text.NewsFormatter;
import chokepoint.engine.scenario.EventDef;
import chokepoint.engine.scenario.Text;
import chokepoint.engine.state.ExportControl;
import chokepoint.engine.state.Flow;
import chokepoint.engine.state.GameState;
import chokepoint.engine.state.NewsItem;
import chokepoint.engine.state.TradeZone;
import chokepoint.engine.state.TurnRecord;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What may be shown on the projector to the whole room: public figures only. Built by redaction from the full
 * game, so nothing private can leak: no stockpiles, budgets, scores, export revenue, objective standings, research
 * in progress, private news or orders, submitted or pending. Only these types carry data to the projector.
 * News arrives as public items with their sentences already written in both languages ({@link #newsText}), so the
 * projector needs nothing of the scenario to show them.
 */
public record PublicView(String scenarioId, Text scenarioName, int currentTurn, String currentLabel, boolean over,
                         List<PublicTurn> turns, List<NewsItem> announced, List<ExportControl> controls,
                         List<Zone> zones, Map<String, Text> eventTitles, List<Actor> actors, List<Market> markets,
                         Map<String, Text> names, Map<NewsItem, Text> newsText) {

    /** An actor's public identity: id, name, the map countries drawn for it, whether it is a seat. */
    public record Actor(String id, Text name, List<String> mapIds, boolean playable) {}

    /** A market's public identity (index order of the price arrays). */
    public record Market(String commodity, String stage, Text commodityName, Text stageName, String unit) {}

    /**
     * One resolved turn's public figures: prices, production (capacity use is public), shortages as a share of
     * demand, GDP index, leverage, trade flows, events and public news.
     */
    public record PublicTurn(int turn, String label, double tension, double[] price, double[] outsidePrice,
                             double[][] production, double[][] shortageShare, double[] gdpIndex, double[][] leverage,
                             List<Flow> flows, List<String> events, List<NewsItem> news) {}

    /** A trade zone's public face: name, founder, members. */
    public record Zone(String id, String name, String founder, List<String> members) {}

    public static PublicView of(Game game) {
        GameState s = game.state();
        List<PublicTurn> turns = new ArrayList<>();
        for (TurnRecord r : s.history) turns.add(turn(r));
        List<Zone> zones = new ArrayList<>();
        for (TradeZone z : s.zones) zones.add(new Zone(z.id, z.name, z.founder, List.copyOf(z.members)));
        Map<String, Text> titles = new LinkedHashMap<>();
        for (EventDef e : s.scenario.events()) if (s.firedEvents.contains(e.id())) titles.put(e.id(), e.title());
        List<Actor> actors = new ArrayList<>();
        for (var a : s.scenario.actors()) actors.add(new Actor(a.id(), a.name(), List.copyOf(a.mapIds()), a.playable()));
        List<Market> markets = new ArrayList<>();
        for (var m : s.scenario.markets()) {
            Text stage = new Text(m.stage(), m.stage());
            for (var st : s.scenario.stages()) if (st.id().equals(m.stage())) stage = st.name();
            Text commodity = s.scenario.commodity(m.commodity()).map(c -> c.name()).orElse(new Text(m.commodity(), m.commodity()));
            markets.add(new Market(m.commodity(), m.stage(), commodity, stage, m.unit()));
        }
        Map<String, Text> names = new LinkedHashMap<>();
        for (var a : s.scenario.actors()) names.put(a.id(), a.name());
        for (var c : s.scenario.commodities()) names.put(c.id(), c.name());
        for (var sec : s.scenario.sectors()) names.put(sec.id(), sec.name());
        for (var p : s.scenario.projects()) names.put(p.id(), p.name());
        for (Market m : markets) {
            names.put(m.commodity() + "/" + m.stage(), new Text(m.commodityName().en() + " (" + m.stageName().en() + ")",
                    m.commodityName().ja() + "（" + m.stageName().ja() + "）"));
        }
        names.putAll(titles);
        names.put("*", new Text("everyone", "全ての国"));
        names.put("BAN", new Text("ban", "禁輸"));
        names.put("LICENCE", new Text("licence requirement", "許可制"));
        names.put("QUOTA", new Text("quota", "輸出枠"));
        List<NewsItem> announced = publicOnly(s.pendingNews);
        return new PublicView(s.scenario.id(), s.scenario.name(), game.currentTurn(), game.currentLabel(),
                game.isOver(), List.copyOf(turns), announced, List.copyOf(s.controls),
                List.copyOf(zones), Map.copyOf(titles), List.copyOf(actors), List.copyOf(markets), Map.copyOf(names),
                newsText(game, announced, turns.isEmpty() ? List.of() : turns.get(turns.size() - 1).news()));
    }

    static PublicTurn turn(TurnRecord r) {
        int n = r.gdpIndex.length;
        double[][] shortage = new double[n][];
        double[][] production = new double[n][];
        double[][] leverage = new double[n][];
        for (int a = 0; a < n; a++) {
            int markets = r.demand[a].length;
            shortage[a] = new double[markets];
            for (int m = 0; m < markets; m++) shortage[a][m] = r.shortageShare(a, m);
            production[a] = r.production[a].clone();
            leverage[a] = r.leverage[a].clone();
        }
        return new PublicTurn(r.turn, r.label, r.tension, r.price.clone(), r.outsidePrice.clone(), production,
                shortage, r.gdpIndex.clone(), leverage, List.copyOf(r.flows), List.copyOf(r.events), publicOnly(r.news));
    }

    /** Sentences of the announced news and the latest turn's public news (what the projector lists). */
    private static Map<NewsItem, Text> newsText(Game game, List<NewsItem> announced, List<NewsItem> latest) {
        NewsFormatter en = NewsFormatter.of(game, "en");
        NewsFormatter ja = NewsFormatter.of(game, "ja");
        Map<NewsItem, Text> out = new LinkedHashMap<>();
        for (List<NewsItem> list : List.of(announced, latest)) {
            for (NewsItem n : list) out.computeIfAbsent(n, k -> new Text(en.line(k), ja.line(k)));
        }
        return Map.copyOf(out);
    }

    /** A public news item's sentence in a language (the key when the view has no text for it). */
    public String newsLine(NewsItem n, String lang) {
        Text t = newsText.get(n);
        return t == null ? n.key() : t.in(lang);
    }

    static List<NewsItem> publicOnly(List<NewsItem> news) {
        List<NewsItem> out = new ArrayList<>();
        for (NewsItem n : news) if (n.audience().isEmpty()) out.add(n);
        return List.copyOf(out);
    }

    /** Net leverage of each actor over all others in the latest turn (what the projector map shows). */
    public double[] netLeverage() {
        double[][] lev = last().leverage();
        double[] out = new double[lev.length];
        for (int a = 0; a < lev.length; a++) for (int b = 0; b < lev.length; b++) if (a != b) out[a] += lev[a][b];
        return out;
    }

    /** Display name of an id (actor, commodity, market key, sector, project, fired event) or the id itself. */
    public String name(String id, String lang) {
        Text t = names.get(id);
        return t == null ? id : t.in(lang);
    }

    /** The latest resolved turn. */
    public PublicTurn last() {
        return turns.get(turns.size() - 1);
    }
}
