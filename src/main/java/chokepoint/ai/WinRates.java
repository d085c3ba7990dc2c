package chokepoint.ai;

import chokepoint.engine.Game;
import chokepoint.engine.scenario.Scenario;
import chokepoint.engine.state.TurnRecord;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Does the strong AI play better than the baseline? For every playable role and seeds 1..N, plays the game with
 * every seat on the default baseline roster, and again with only that role STRONG (same style); reports per role the
 * share of seeds where the strong role's final score beats the baseline role's final score.
 * {@code java -cp ... chokepoint.ai.WinRates [scenario] [games] [threads]}. Results do not depend on the thread
 * count.
 */
public final class WinRates {
    private WinRates() {}

    /** One role's result over {@code games} seeds. */
    public record RoleResult(String role, AiStyle style, int games, int wins, int ties, double meanBaseline,
                             double meanStrong) {
        public double winShare() { return games == 0 ? 0 : (double) wins / games; }
    }

    public static List<RoleResult> run(Scenario sc, int games, int threads) throws Exception {
        return run(sc, AiRoster.defaults(sc), games, threads);
    }

    public static List<RoleResult> run(Scenario sc, AiRoster base, int games, int threads) throws Exception {
        List<String> roles = AiRoster.playableSeats(sc);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<double[]>> baseline = new ArrayList<>();
            for (int k = 0; k < games; k++) {
                long seed = k + 1;
                baseline.add(pool.submit(() -> finalScores(base.playOut(Game.start(sc, seed)))));
            }
            List<List<Future<Double>>> strong = new ArrayList<>();
            for (String role : roles) {
                int r = sc.actorIndex(role);
                AiRoster.Setting s = base.settingOf(sc, role);
                AiRoster roster = base.with(role, s.style(), AiStrength.STRONG);
                List<Future<Double>> fs = new ArrayList<>();
                for (int k = 0; k < games; k++) {
                    long seed = k + 1;
                    fs.add(pool.submit(() -> finalScores(roster.playOut(Game.start(sc, seed)))[r]));
                }
                strong.add(fs);
            }
            List<RoleResult> out = new ArrayList<>();
            for (int j = 0; j < roles.size(); j++) {
                int r = sc.actorIndex(roles.get(j));
                int wins = 0, ties = 0;
                double sumB = 0, sumS = 0;
                for (int k = 0; k < games; k++) {
                    double b = baseline.get(k).get()[r];
                    double s = strong.get(j).get(k).get();
                    sumB += b;
                    sumS += s;
                    if (s > b + 1e-9) wins++;
                    else if (Math.abs(s - b) <= 1e-9) ties++;
                }
                out.add(new RoleResult(roles.get(j), base.settingOf(sc, roles.get(j)).style(), games, wins, ties,
                        sumB / Math.max(1, games), sumS / Math.max(1, games)));
            }
            return out;
        } finally {
            pool.shutdown();
        }
    }

    static double[] finalScores(Game g) {
        TurnRecord last = g.history().get(g.history().size() - 1);
        return last.score.clone();
    }

    public static void main(String[] args) throws Exception {
        String id = args.length > 0 ? args[0] : (Scenarios.bundled("2025") != null ? "2025" : "tiny");
        int games = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
        Scenario sc = Scenarios.bundled(id);
        if (sc == null) {
            System.err.println("scenario " + id + " not found on the classpath");
            System.exit(2);
        }
        long t0 = System.nanoTime();
        List<RoleResult> res = run(sc, games, threads);
        System.out.printf(Locale.ROOT, "scenario %s, %d seeded games per role, strong vs baseline in that role (others baseline)%n",
                sc.id(), games);
        System.out.printf(Locale.ROOT, "%-6s %-12s %6s %6s %6s %10s %10s%n", "role", "style", "wins", "ties", "share", "mean base", "mean strong");
        int wins = 0, total = 0;
        for (RoleResult r : res) {
            System.out.printf(Locale.ROOT, "%-6s %-12s %6d %6d %5.0f%% %10.2f %10.2f%n", r.role(), r.style(), r.wins(), r.ties(),
                    100 * r.winShare(), r.meanBaseline(), r.meanStrong());
            wins += r.wins();
            total += r.games();
        }
        System.out.printf(Locale.ROOT, "overall: strong beats baseline in %d of %d role-games (%.0f%%); %.1f s on %d threads%n",
                wins, total, 100.0 * wins / Math.max(1, total), (System.nanoTime() - t0) / 1e9, threads);
    }
}
