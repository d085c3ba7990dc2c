package chokepoint.ai;

import chokepoint.engine.Game;
import chokepoint.engine.order.Order;
import chokepoint.engine.scenario.Scenario;
import chokepoint.engine.state.TurnRecord;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Does the strong AI play better than the baseline? For every playable role R and seed s: game A has every seat on
 * the default baseline roster; game B is the same game except that seat R is STRONG with the same style. R wins on
 * seed s if its final score in B is strictly greater than in A (equal is a tie). Reports wins, ties and losses per
 * role, and the thread CPU time of every strong decision. Results do not depend on the thread count.
 *
 * <p>Command line: {@code java -jar chokepoint.jar winrates --scenario 2025 [--seeds 20] [--seed 1] [--threads N]
 * [--search-turns N] [--roles R1,R2,...]}
 * (seeds first .. first+N-1), or {@code java -cp ... chokepoint.ai.WinRates [scenario] [seeds] [threads]}.
 */
public final class WinRates {
    private WinRates() {}

    /** One role's result over {@code games} seeds. */
    public record RoleResult(String role, AiStyle style, int games, int wins, int ties, double meanBaseline,
                             double meanStrong) {
        public int losses() { return games - wins - ties; }

        public double winShare() { return games == 0 ? 0 : (double) wins / games; }
    }

    /** Every role's result and the CPU time of each strong decision (ms), sorted. */
    public record Report(List<RoleResult> roles, double[] strongDecisionMs) {}

    public static List<RoleResult> run(Scenario sc, int games, int threads) throws Exception {
        return run(sc, AiRoster.defaults(sc), 1, games, threads).roles();
    }

    public static Report run(Scenario sc, AiRoster base, long firstSeed, int games, int threads) throws Exception {
        return run(sc, base, firstSeed, games, threads, StrongAi::new);
    }

    /** As {@link #run(Scenario, AiRoster, long, int, int)} with the strong seat made by {@code strong} from its style. */
    public static Report run(Scenario sc, AiRoster base, long firstSeed, int games, int threads,
                             Function<AiStyle, AiPlayer> strong) throws Exception {
        return run(sc, base, firstSeed, games, threads, strong, AiRoster.playableSeats(sc));
    }

    /** As {@link #run(Scenario, AiRoster, long, int, int, Function)} for the given playable roles only. */
    public static Report run(Scenario sc, AiRoster base, long firstSeed, int games, int threads,
                             Function<AiStyle, AiPlayer> strong, List<String> roles) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<double[]>> baseline = new ArrayList<>();
            for (int k = 0; k < games; k++) {
                long seed = firstSeed + k;
                baseline.add(pool.submit(() -> finalScores(base.playOut(Game.start(sc, seed)))));
            }
            List<List<Future<Played>>> played = new ArrayList<>();
            for (String role : roles) {
                AiPlayer player = strong.apply(base.settingOf(sc, role).style());
                List<Future<Played>> fs = new ArrayList<>();
                for (int k = 0; k < games; k++) {
                    long seed = firstSeed + k;
                    fs.add(pool.submit(() -> playTimed(sc, seed, base, role, player)));
                }
                played.add(fs);
            }
            List<RoleResult> out = new ArrayList<>();
            List<Double> times = new ArrayList<>();
            for (int j = 0; j < roles.size(); j++) {
                int r = sc.actorIndex(roles.get(j));
                int wins = 0, ties = 0;
                double sumB = 0, sumS = 0;
                for (int k = 0; k < games; k++) {
                    double b = baseline.get(k).get()[r];
                    Played p = played.get(j).get(k).get();
                    double s = p.score();
                    for (double t : p.decisionMs()) times.add(t);
                    sumB += b;
                    sumS += s;
                    if (s > b) wins++;
                    else if (s == b) ties++;
                }
                out.add(new RoleResult(roles.get(j), base.settingOf(sc, roles.get(j)).style(), games, wins, ties,
                        sumB / Math.max(1, games), sumS / Math.max(1, games)));
            }
            return new Report(out, times.stream().mapToDouble(Double::doubleValue).sorted().toArray());
        } finally {
            pool.shutdown();
        }
    }

    private record Played(double score, double[] decisionMs) {}

    /** Plays one game with the roster and {@code player} in seat {@code role}, timing its decisions (thread CPU time). */
    private static Played playTimed(Scenario sc, long seed, AiRoster roster, String role, AiPlayer player) {
        Game g = Game.start(sc, seed);
        List<String> seats = AiRoster.playableSeats(sc);
        List<Double> ms = new ArrayList<>();
        while (!g.isOver()) {
            Map<String, List<Order>> orders = new LinkedHashMap<>();
            for (String s : seats) {
                long t0 = CpuClock.threadNanos();
                Decision d = (s.equals(role) ? player : roster.settingOf(sc, s).player()).decide(g, s);
                if (s.equals(role)) ms.add((CpuClock.threadNanos() - t0) / 1e6);
                orders.put(s, d.orderList());
            }
            g.resolve(orders);
        }
        return new Played(finalScores(g)[sc.actorIndex(role)], ms.stream().mapToDouble(Double::doubleValue).toArray());
    }

    static double[] finalScores(Game g) {
        TurnRecord last = g.history().get(g.history().size() - 1);
        return last.score.clone();
    }

    /** The per-role table, totals and strong decision times. */
    public static void print(Scenario sc, Report rep, long firstSeed, int games, int threads, double seconds, PrintStream out) {
        out.printf(Locale.ROOT, "scenario %s, seeds %d..%d: game A all baseline, game B the same with one role strong (same style);%n",
                sc.id(), firstSeed, firstSeed + games - 1);
        out.printf(Locale.ROOT, "a win is a strictly higher final score of that role in B than in A%n");
        out.printf(Locale.ROOT, "%-6s %-12s %5s %5s %6s %6s %10s %11s%n", "role", "style", "wins", "ties", "losses", "win %",
                "mean base", "mean strong");
        int wins = 0, ties = 0, total = 0;
        double worst = 1;
        for (RoleResult r : rep.roles()) {
            out.printf(Locale.ROOT, "%-6s %-12s %5d %5d %6d %5.0f%% %10.2f %11.2f%n", r.role(), r.style().name().toLowerCase(Locale.ROOT),
                    r.wins(), r.ties(), r.losses(), 100 * r.winShare(), r.meanBaseline(), r.meanStrong());
            wins += r.wins();
            ties += r.ties();
            total += r.games();
            worst = Math.min(worst, r.winShare());
        }
        out.printf(Locale.ROOT, "overall %d wins, %d ties, %d losses of %d role-games (%.0f%% wins); lowest role %.0f%%%n",
                wins, ties, total - wins - ties, total, 100.0 * wins / Math.max(1, total), 100 * worst);
        double[] t = rep.strongDecisionMs();
        if (t.length > 0) {
            out.printf(Locale.ROOT, "strong decision CPU time: median %.1f ms, p90 %.1f ms, max %.1f ms (%d decisions)%n",
                    t[(t.length - 1) / 2], t[(int) Math.floor(0.9 * (t.length - 1))], t[t.length - 1], t.length);
        }
        out.printf(Locale.ROOT, "%.1f s on %d thread%s%n", seconds, threads, threads == 1 ? "" : "s");
    }

    /**
     * The {@code winrates} subcommand: {@code --scenario ID|FILE [--seeds N] [--seed FIRST] [--threads N]}.
     * Returns the exit status: 0 done, 1 wrong usage, 2 scenario not found or invalid.
     */
    public static int command(List<String> args, PrintStream out, PrintStream err) {
        Map<String, String> o = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            String name = a.startsWith("--") ? a.substring(2) : null;
            if (name == null || !List.of("scenario", "seeds", "seed", "threads", "search-turns", "roles").contains(name) || i + 1 >= args.size()) {
                err.println("error: " + (name == null ? "unexpected argument \"" + a + "\"" : i + 1 >= args.size()
                        ? "--" + name + " needs a value" : "unknown option --" + name));
                err.println("usage: java -jar chokepoint.jar winrates --scenario ID|FILE [--seeds N] [--seed FIRST] [--threads N] [--search-turns N] [--roles R1,R2,...]");
                return 1;
            }
            o.put(name, args.get(++i));
        }
        if (!o.containsKey("scenario")) {
            err.println("error: winrates needs --scenario ID|FILE");
            return 1;
        }
        int games, threads, window;
        long first;
        try {
            games = Integer.parseInt(o.getOrDefault("seeds", "20"));
            first = Long.parseLong(o.getOrDefault("seed", "1"));
            threads = Integer.parseInt(o.getOrDefault("threads", String.valueOf(Runtime.getRuntime().availableProcessors())));
            window = Integer.parseInt(o.getOrDefault("search-turns", String.valueOf(StrongAi.DEFAULT_SEARCH_TURNS)));
        } catch (NumberFormatException e) {
            err.println("error: --seeds, --seed, --threads and --search-turns take whole numbers");
            return 1;
        }
        if (games < 1 || threads < 1 || window < 1) {
            err.println("error: --seeds, --threads and --search-turns must be at least 1");
            return 1;
        }
        Scenario sc = Scenarios.bundled(o.get("scenario"));
        if (sc == null) {
            err.println("error: scenario " + o.get("scenario") + " not found or invalid (check it with: validate FILE)");
            return 2;
        }
        List<String> roles = AiRoster.playableSeats(sc);
        if (o.containsKey("roles")) {
            List<String> wanted = new ArrayList<>();
            for (String r : o.get("roles").split(",")) {
                String id = r.trim();
                if (!roles.contains(id)) {
                    err.println("error: --roles: " + id + " is not a playable role of " + sc.id() + " (" + String.join(", ", roles) + ")");
                    return 1;
                }
                if (!wanted.contains(id)) wanted.add(id);
            }
            roles = wanted;
        }
        try {
            long t0 = System.nanoTime();
            Report rep = run(sc, AiRoster.defaults(sc), first, games, threads,
                    style -> new StrongAi(style, window, StrongAi.DEFAULT_SAMPLES), roles);
            int turns = sc.calendar().turns();
            out.println(window >= turns ? "strong AI searching every turn"
                    : String.format(Locale.ROOT, "strong AI searching in the last %d of %d turns", window, turns));
            print(sc, rep, first, games, threads, (System.nanoTime() - t0) / 1e9, out);
            return 0;
        } catch (Exception e) {
            err.println("error: " + e);
            return 1;
        }
    }

    public static void main(String[] args) throws Exception {
        List<String> a = new ArrayList<>(List.of("--scenario", args.length > 0 ? args[0] : "2025"));
        if (args.length > 1) a.addAll(List.of("--seeds", args[1]));
        if (args.length > 2) a.addAll(List.of("--threads", args[2]));
        System.exit(command(a, System.out, System.err));
    }
}
