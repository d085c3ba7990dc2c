package chokepoint.cli;

import chokepoint.ai.AiStrength;
import chokepoint.analysis.Assumption;
import chokepoint.analysis.AssumptionException;
import chokepoint.analysis.Assumptions;
import chokepoint.analysis.Excursion;
import chokepoint.analysis.ExcursionCsv;
import chokepoint.analysis.ExcursionResult;
import chokepoint.analysis.Figures;
import chokepoint.analysis.Metric;
import chokepoint.engine.Game;
import chokepoint.persistence.SaveException;
import chokepoint.persistence.SaveFile;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code batch --from SAVE --set KEY=VALUE [--set ...] --runs N [--seed S] [--threads T] [--ai baseline|strong]
 * [--out excursion.csv]}: an excursion (what-if) from a saved game. Prints the end-of-game comparison of both arms and
 * writes the per-turn quantiles as CSV (docs/REPORT-FORMAT.md). {@link Cli} hands {@code batch} here when
 * {@code --from} is given.
 */
final class ExcursionCommand {
    private static final Set<String> OPTIONS = Set.of("from", "runs", "seed", "threads", "ai", "out");

    private ExcursionCommand() {}

    /** Whether {@code batch} arguments ask for an excursion. */
    static boolean wanted(List<String> args) {
        return args.stream().anyMatch(a -> a.equals("--from") || a.startsWith("--from="));
    }

    static int run(List<String> args, PrintStream out, PrintStream err) throws Cli.Invalid, IOException, InterruptedException {
        Args a = Args.parse(args);
        Path file = Path.of(a.from);
        String name = file.getFileName() == null ? a.from : file.getFileName().toString();
        Game game;
        try {
            game = SaveFile.read(file).requireUnlocked().game();
        } catch (SaveException e) {
            throw new Cli.Invalid(e.getMessage());
        }
        List<Assumption> changes = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String s : a.sets) {
            try {
                changes.add(Assumptions.parse(s, game));
            } catch (AssumptionException e) {
                problems.add(name + ": " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) throw new Cli.Invalid(String.join("\n", problems));
        long seed = a.seedGiven ? a.seed : game.scenario().defaultSeed();
        Excursion.Settings settings = new Excursion.Settings(a.runs, seed, a.threads, a.strength);
        long t0 = System.nanoTime();
        ExcursionResult r = Excursion.run(game, changes, settings, null);
        double secs = (System.nanoTime() - t0) / 1e9;
        print(r, name, game, secs, out);
        if (a.out != null) {
            Path p = Path.of(a.out);
            Path parent = p.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            Files.writeString(p, ExcursionCsv.of(r), StandardCharsets.UTF_8);
            out.println("quantiles per turn: " + p + " (" + r.metrics().size() * r.turns().size() + " rows)");
        }
        return Cli.OK;
    }

    private static void print(ExcursionResult r, String file, Game game, double secs, PrintStream out) {
        var turns = r.turns();
        var settings = r.settings();
        out.printf(Locale.ROOT, "excursion from %s: scenario %s, from %s (turn %d of %d), %d runs per arm, seeds %d..%d, AI %s, %d thread%s, %.1f s%n",
                file, r.scenario().id(), turns.get(0).label(), turns.get(0).number(), game.scenario().calendar().turns(),
                r.runs(), settings.firstSeed(), settings.firstSeed() + r.runs() - 1, settings.strength().name().toLowerCase(Locale.ROOT),
                settings.threads(), settings.threads() == 1 ? "" : "s", secs);
        for (Assumption c : r.changes()) {
            String was = c instanceof Assumption.Parameter p
                    ? " (was " + Figures.plain(game.scenario().parameters().get(p.parameter())) + ")" : "";
            out.println("change: " + c.key() + " = " + c.value() + was);
        }
        out.printf(Locale.ROOT, "%nend of game (%s): median [10%%..90%%] over runs; diff = median of changed - base per seed%n",
                turns.get(turns.size() - 1).label());
        out.printf(Locale.ROOT, "%-26s %-30s %-30s %10s %s%n", "metric", "base", "changed", "diff", "changed higher/lower");
        for (int m = 0; m < r.metrics().size(); m++) {
            Metric metric = r.metrics().get(m);
            if (metric.kind() == Metric.Kind.LEVERAGE_PAIR) continue;   // in the CSV; too many for a screen
            int last = turns.size() - 1;
            ExcursionResult.Comparison c = r.atEnd(m);
            out.printf(Locale.ROOT, "%-26s %-30s %-30s %10s %3.0f%% / %3.0f%%%n", metric.key(),
                    band(r.band(Excursion.Arm.BASE, m, last)), band(r.band(Excursion.Arm.CHANGED, m, last)),
                    signed(c.medianDifference()), 100 * c.shareHigher(), 100 * c.shareLower());
        }
    }

    private static String band(ExcursionResult.Band b) {
        return num(b.p50()) + " [" + num(b.p10()) + ".." + num(b.p90()) + "]";
    }

    private static String signed(double d) {
        return (d > 0 ? "+" : "") + num(d);
    }

    private static String num(double d) {
        return Figures.compact(d);
    }

    /** The options: {@code --set} may repeat, so it is taken out before the others go through {@link Cli#options}. */
    private record Args(String from, List<String> sets, int runs, long seed, boolean seedGiven, int threads,
                        AiStrength strength, String out) {
        static Args parse(List<String> args) {
            List<String> sets = new ArrayList<>();
            List<String> rest = new ArrayList<>();
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                if (arg.startsWith("--set=")) {
                    sets.add(arg.substring("--set=".length()));
                } else if (arg.equals("--set")) {
                    if (i + 1 >= args.size()) throw new Cli.UsageException("--set needs a value");
                    sets.add(args.get(++i));
                } else {
                    rest.add(arg);
                }
            }
            Cli.Options o = Cli.options(rest, OPTIONS, 0);
            if (sets.isEmpty()) throw new Cli.UsageException("an excursion needs at least one --set KEY=VALUE");
            int runs = o.intValue("runs", -1, 1);
            if (runs < 1) throw new Cli.UsageException("batch needs --runs N (N ≥ 1)");
            String ai = o.get("ai") == null ? "baseline" : o.get("ai");
            AiStrength strength = switch (ai.toLowerCase(Locale.ROOT)) {
                case "baseline" -> AiStrength.BASELINE;
                case "strong" -> AiStrength.STRONG;
                default -> throw new Cli.UsageException("--ai for an excursion is baseline or strong, got \"" + ai + "\"");
            };
            return new Args(o.required("from"), sets, runs, o.longValue("seed", 0), o.get("seed") != null,
                    o.intValue("threads", Runtime.getRuntime().availableProcessors(), 1), strength, o.get("out"));
        }
    }
}
