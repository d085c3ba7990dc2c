package chokepoint.cli;

import chokepoint.engine.Game;
import chokepoint.engine.scenario.ActorDef;
import chokepoint.engine.scenario.CommodityDef;
import chokepoint.engine.scenario.MarketDef;
import chokepoint.engine.scenario.Scenario;
import chokepoint.engine.state.NewsItem;
import chokepoint.engine.state.ObjectiveStatus;
import chokepoint.engine.state.TurnRecord;
import chokepoint.persistence.OrderFile;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Many seeded games of one scenario, one CSV row each (seeds seed, seed+1, ...; rows in seed order, so the result
 * does not depend on the thread count). Columns: see {@link #header(Scenario)} and docs/REPORT-FORMAT.md.
 */
public final class Batch {
    private Batch() {}

    /** Plays the games and returns the CSV text (header line first). */
    public static String run(Scenario sc, long firstSeed, int runs, int threads, int turns, OrderFile.Script script,
                             Supplier<SeatAi> ai) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "chokepoint-batch");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<String>> rows = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                long seed = firstSeed + i;
                // a row needs only the final hash (game.hash()), so the games keep no per-turn hashes
                rows.add(pool.submit(() -> csv(row(sc, seed,
                        GameRunner.play(sc, seed, turns, script, ai.get(), Game.Options.LEAN)))));
            }
            StringBuilder sb = new StringBuilder(csv(header(sc))).append('\n');
            for (Future<String> f : rows) {
                try {
                    sb.append(f.get()).append('\n');
                } catch (ExecutionException e) {
                    Throwable c = e.getCause() == null ? e : e.getCause();
                    throw new IllegalStateException("a game failed: " + c, c);
                }
            }
            return sb.toString();
        } finally {
            pool.shutdownNow();
        }
    }

    public static List<String> header(Scenario sc) {
        List<String> h = new ArrayList<>(List.of("seed", "turns", "final_hash", "events"));
        for (ActorDef a : sc.actors()) {
            h.add("score_" + a.id());
            h.add("gdp_" + a.id());
            h.add("objectives_met_" + a.id());
        }
        for (CommodityDef c : sc.commodities()) h.add("max_price_ratio_" + c.id());
        if (chnNdprRefining(sc) != null) h.add("chn_share_ndpr_refining");
        return h;
    }

    public static List<String> row(Scenario sc, long seed, Game g) {
        TurnRecord last = g.history().get(g.history().size() - 1);
        int events = 0;
        for (TurnRecord r : g.history()) events += r.events.size();
        List<String> row = new ArrayList<>(List.of(Long.toString(seed), Integer.toString(g.turnsPlayed()), g.hash(),
                Integer.toString(events)));
        for (int a = 0; a < sc.actorCount(); a++) {
            row.add(fmt(last.score[a]));
            row.add(fmt(last.gdpIndex[a]));
            int met = 0;
            if (last.objectives != null && a < last.objectives.size()) {
                for (ObjectiveStatus s : last.objectives.get(a)) if (s.met()) met++;
            }
            row.add(Integer.toString(met));
        }
        for (int c = 0; c < sc.commodities().size(); c++) {
            double max = 0;
            for (int m : sc.marketsOf(c)) {
                double ref = sc.market(m).referencePrice().value();
                for (TurnRecord r : g.history()) if (ref > 0) max = Math.max(max, r.price[m] / ref);
            }
            row.add(fmt(max));
        }
        int[] cm = chnNdprRefining(sc);
        if (cm != null) row.add(fmt(last.productionShare(cm[0], cm[1])));
        return row;
    }

    /** Actor index of CHN and market index of NdPr refining/separation, when the scenario has both. */
    static int[] chnNdprRefining(Scenario sc) {
        int chn = sc.actorIndex("CHN");
        int c = sc.commodityIndex("ndpr");
        if (chn < 0 || c < 0) return null;
        for (int m : sc.marketsOf(c)) {
            MarketDef md = sc.market(m);
            if (md.stage().startsWith("refin") || md.stage().startsWith("separat")) return new int[] {chn, m};
        }
        return null;
    }

    static String fmt(double d) {
        if (!Double.isFinite(d)) return "";
        return NewsItem.fixed(d, 6); // the text of String.format("%.6f"), without the slow Formatter
    }

    static String csv(List<String> fields) {
        StringBuilder sb = new StringBuilder();
        boolean first = true;
        for (String f : fields) {
            if (!first) sb.append(',');
            first = false;
            if (f.contains(",") || f.contains("\"") || f.contains("\n")) sb.append('"').append(f.replace("\"", "\"\"")).append('"');
            else sb.append(f);
        }
        return sb.toString();
    }
}
