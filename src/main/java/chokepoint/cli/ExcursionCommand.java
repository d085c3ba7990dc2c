package chokepoint.cli;

import chokepoint.ai.AiStrength;
import chokepoint.ai.AiStyle;
import chokepoint.analysis.Assumption;
import chokepoint.analysis.AssumptionException;
import chokepoint.analysis.Assumptions;
import chokepoint.analysis.Excursion;
import chokepoint.analysis.ExcursionCsv;
import chokepoint.analysis.ExcursionResult;
import chokepoint.analysis.Figures;
import chokepoint.analysis.Metric;
import chokepoint.engine.Game;
import chokepoint.engine.scenario.EventDef;
import chokepoint.facilitator.InjectSchedule;
import chokepoint.persistence.SaveException;
import chokepoint.persistence.SaveFile;
import chokepoint.persistence.Seat;
import chokepoint.persistence.ToolSaveOpener;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
        return run(args, out, err, ToolSaveOpener.fromSystem());
    }

    /** As {@link #run(List, PrintStream, PrintStream)}, opening the save with {@code opener} (tests give the password). */
    static int run(List<String> args, PrintStream out, PrintStream err, ToolSaveOpener opener)
            throws Cli.Invalid, IOException, InterruptedException {
        Args a = Args.parse(args);
        Path file = Path.of(a.from);
        String name = file.getFileName() == null ? a.from : file.getFileName().toString();
        Game game;
        Map<String, AiStyle> styles;
        List<EventDef> planned;
        try {
            SaveFile.Loaded loaded = opener.open(file);
            game = loaded.game();
            styles = aiSeatStyles(loaded.meta().seats());
            planned = InjectSchedule.upcomingEvents(loaded.facilitator().schedule(), game.currentTurn(), game.scenario());
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
        Excursion.Settings settings = new Excursion.Settings(a.runs, seed, a.threads, a.strength, styles, planned);
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

    /**
     * The styles of the save's AI seats, so they play on as they were set up; human seats (played by the AI in an
     * excursion) keep their role's default style. An unknown style name falls back to the default too.
     */
    static Map<String, AiStyle> aiSeatStyles(List<Seat> seats) {
        Map<String, AiStyle> out = new LinkedHashMap<>();
        for (Seat s : seats) {
            if (s == null || s.human() || s.style() == null) continue;
            for (AiStyle st : AiStyle.values()) if (st.name().equalsIgnoreCase(s.style())) out.put(s.actor(), st);
        }
        return out;
    }

    private static void print(ExcursionResult r, String file, Game game, double secs, PrintStream out) {
        var turns = r.turns();
        var settings = r.settings();
        out.printf(Locale.ROOT, "excursion from %s: scenario %s, from %s (turn %d of %d), %d runs per arm, seeds %d..%d, AI %s, %d thread%s, %.1f s%n",
                file, r.scenario().id(), turns.get(0).label(), turns.get(0).number(), game.scenario().calendar().turns(),
                r.runs(), settings.firstSeed(), settings.firstSeed() + r.runs() - 1, settings.strength().name().toLowerCase(Locale.ROOT),
                settings.threads(), settings.threads() == 1 ? "" : "s", secs);
        if (!settings.styles().isEmpty()) {
            List<String> seats = new ArrayList<>();
            for (var actor : game.scenario().actors()) {   // scenario order: the settings' map has none
                AiStyle style = settings.styles().get(actor.id());
                if (style != null) seats.add(actor.id() + " " + style.name().toLowerCase(Locale.ROOT));
            }
            out.println("AI seats as saved: " + String.join(", ", seats) + "; other seats play their default style");
        }
        for (EventDef e : settings.planned()) {
            out.println("scheduled inject in both arms: " + e.id() + " at turn " + e.turn());
        }
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
