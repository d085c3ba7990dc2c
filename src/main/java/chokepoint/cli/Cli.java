package chokepoint.cli;

import chokepoint.engine.Game;
import chokepoint.engine.scenario.ActorDef;
import chokepoint.engine.scenario.Scenario;
import chokepoint.engine.state.ObjectiveStatus;
import chokepoint.engine.state.TurnRecord;
import chokepoint.persistence.FileKind;
import chokepoint.persistence.OrderFile;
import chokepoint.persistence.OrderFileException;
import chokepoint.persistence.Replay;
import chokepoint.persistence.SaveException;
import chokepoint.persistence.SaveFile;
import chokepoint.persistence.ToolSaveOpener;
import chokepoint.persistence.SaveMeta;
import chokepoint.scenario.Problem;
import chokepoint.scenario.ScenarioException;
import chokepoint.scenario.ScenarioLoader;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The headless command line: {@code play}, {@code batch}, {@code validate}, {@code replay}, {@code bench}. {@link #run} returns
 * the exit status instead of exiting: 0 success (or "valid"), 2 invalid input (every problem listed),
 * 1 wrong usage or an internal error. Nothing ever prints a stack trace.
 */
public final class Cli {
    public static final int OK = 0;
    public static final int ERROR = 1;
    public static final int INVALID = 2;

    public static final String USAGE = """
            Chokepoint 0.1.0 - headless runner

            usage: java -jar chokepoint.jar <command> [options]

              play     --scenario ID|FILE [--seed N] [--turns N] [--orders FILE] [--ai NAME]
                       [--out report.json] [--save game.json]
                  Plays a whole game (or N turns). Seats without scripted orders in a turn are played by
                  the AI. Prints the final state hash and a summary; writes the JSON report
                  (docs/REPORT-FORMAT.md) and, with --save, the finished game as a save.
              batch    --scenario ID|FILE --runs N [--seed N] [--threads N] [--turns N] [--orders FILE]
                       [--ai NAME] [--out results.csv]
                  Plays N games with seeds N, N+1, ... and writes one CSV row per game, in seed order
                  (the same whatever the thread count). Prints games/s.
              batch    --from SAVE --set KEY=VALUE [--set ...] --runs N [--seed N] [--threads N]
                       [--ai baseline|strong] [--out excursion.csv]
                  Excursion (what-if): from a saved game, plays the rest N times unchanged and N times
                  with the changed assumptions (param.NAME=NUMBER, event.ID=on|off,
                  style.ACTOR=hawkish|cooperative|balanced, control.ACTOR.COMMODITY/STAGE.TARGET=ban|quota|licence),
                  every seat played by the AI; prints end-of-game medians and 10-90% bands of both arms
                  and writes the per-turn quantiles as CSV (docs/REPORT-FORMAT.md).
              validate FILE [--scenario ID|FILE]
                  Checks a scenario, save or order file (told apart by content) and prints "valid" or
                  every problem with its JSON path. --scenario also checks an order file's actor ids.
              replay   SAVE
                  Replays a save from its scenario, seed and recorded orders and compares every turn's
                  state hash with the saved one.
              winrates --scenario ID|FILE [--seeds N] [--seed N] [--threads N] [--search-turns N] [--roles R1,R2]
                  Strong AI against the baseline: per role, wins/ties/losses of its final score over N
                  seeded games (docs/AI.md, "Win rates").
              bench    [--scenario ID|FILE] [--games N] [--threads N] [--seed N]
                  Speed figures against their targets: one turn's resolution, baseline and strong AI
                  decision per seat, a whole all-AI game (thread CPU time), then the throughput of a
                  real batch of N games (default 10000, scenario 2025, all cores).
              aar      SAVE [--lang en|ja] [--out DIR]
                  Writes the after-action report of a saved game (HTML and CSV of every figure) into DIR.
              help
                  This text.

            --scenario takes a bundled scenario id (e.g. 2025, classroom) or a scenario file.
            --seed defaults to the scenario's default seed. --ai: baseline (default styles), strong,
            hawkish | cooperative | balanced (every seat that style), strong-hawkish | strong-cooperative |
            strong-balanced, or none (seats give no orders).
            A save made in facilitator mode needs the facilitator password: set CHOKEPOINT_FACILITATOR_PASSWORD
            or run the command in a terminal to be asked for it. Seats sealed with a PIN open only in the game.
            Exit status: 0 success / valid, 2 invalid input (problems listed), 1 usage or internal error.
            """;

    private static final Set<String> PLAY_OPTIONS = Set.of("scenario", "seed", "turns", "orders", "out", "save", "ai");
    private static final Set<String> BATCH_OPTIONS = Set.of("scenario", "seed", "turns", "orders", "out", "ai", "runs", "threads");
    private static final Set<String> BENCH_OPTIONS = Set.of("scenario", "games", "threads", "seed");

    private Cli() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs a command; returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            if (args == null || args.length == 0) {
                out.print(USAGE);
                return OK;
            }
            String cmd = args[0];
            List<String> rest = List.of(args).subList(1, args.length);
            return switch (cmd) {
                case "play" -> play(options(rest, PLAY_OPTIONS, 0), out, err);
                case "batch" -> ExcursionCommand.wanted(rest) ? ExcursionCommand.run(rest, out, err)
                        : batch(options(rest, BATCH_OPTIONS, 0), out, err);
                case "validate" -> validate(options(rest, Set.of("scenario"), 1), out, err);
                case "replay" -> replay(options(rest, Set.of(), 1), out, err);
                case "bench" -> bench(options(rest, BENCH_OPTIONS, 0), out);
                case "aar" -> aar(rest, out, err);
                case "help", "--help", "-h" -> {
                    out.print(USAGE);
                    yield OK;
                }
                default -> usage(err, "unknown command \"" + cmd + "\"");
            };
        } catch (UsageException e) {
            return usage(err, e.getMessage());
        } catch (Invalid e) {
            err.println(e.getMessage());
            return INVALID;
        } catch (OutOfMemoryError e) {
            err.println("error: out of memory (" + e.getMessage() + ")");
            return ERROR;
        } catch (Throwable e) {
            err.println("error: " + oneLine(e));
            return ERROR;
        }
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage();
        String s = e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
        return s.replace('\n', ' ');
    }

    private static int usage(PrintStream err, String problem) {
        err.println("error: " + problem);
        err.println("usage: java -jar chokepoint.jar play|batch|validate|replay|bench|winrates|aar|help ... (run with no arguments for details)");
        return ERROR;
    }

    // ------------------------------------------------------------------ play

    private static int play(Options o, PrintStream out, PrintStream err) throws Invalid, IOException {
        Scenario sc = scenario(o.required("scenario"));
        long seed = o.longValue("seed", sc.defaultSeed());
        int turns = o.intValue("turns", 0, 0);
        OrderFile.Script script = orders(o.get("orders"), sc);
        AiChoice ai = ai(o.get("ai"), err);
        long t0 = System.nanoTime();
        // the report carries the AI seats' reasons; without one the game is played without building them
        Map<Integer, Map<String, SeatAi.Explained>> reasons = o.get("out") == null ? null : new HashMap<>();
        Game g = GameRunner.playExplained(sc, seed, turns, script, ai.factory.get(), reasons);
        double secs = (System.nanoTime() - t0) / 1e9;
        printSummary(g, ai.name, secs, out);
        if (o.get("out") != null) {
            Path p = Path.of(o.get("out"));
            writeText(p, ReportWriter.write(g, new ReportWriter.RunInfo(ai.name, o.get("orders")), reasons));
            out.println("report: " + p + " (" + Files.size(p) + " bytes)");
        }
        if (o.get("save") != null) {
            Path p = Path.of(o.get("save"));
            byte[] bytes = SaveFile.toBytes(g.state(), SaveMeta.of(g.state(), "headless " + sc.id() + " seed " + seed, null), Instant.now());
            Files.write(p, bytes);
            out.println("save: " + p + " (" + bytes.length + " bytes)");
        }
        return OK;
    }

    private static void printSummary(Game g, String ai, double secs, PrintStream out) {
        Scenario sc = g.scenario();
        TurnRecord last = g.history().get(g.history().size() - 1);
        int events = 0;
        for (TurnRecord r : g.history()) events += r.events.size();
        out.printf(Locale.ROOT, "scenario %s, seed %d, %d of %d turns (%s), AI: %s, %d events, %.2f s%n", sc.id(), g.seed(),
                g.turnsPlayed(), sc.calendar().turns(), last.label, ai, events, secs);
        out.printf(Locale.ROOT, "%-6s %9s %9s %9s %11s%n", "actor", "score", "GDP idx", "budget", "objectives");
        for (int a = 0; a < sc.actorCount(); a++) {
            ActorDef ad = sc.actors().get(a);
            int met = 0;
            int all = 0;
            if (last.objectives != null && a < last.objectives.size()) {
                for (ObjectiveStatus s : last.objectives.get(a)) {
                    all++;
                    if (s.met()) met++;
                }
            }
            out.printf(Locale.ROOT, "%-6s %9.1f %9.2f %9.2f %7d/%-3d%n", ad.id(), last.score[a], last.gdpIndex[a],
                    last.budget[a], met, all);
        }
        out.println("final hash " + g.hash());
    }

    // ------------------------------------------------------------------ batch

    private static int batch(Options o, PrintStream out, PrintStream err) throws Invalid, IOException, InterruptedException {
        Scenario sc = scenario(o.required("scenario"));
        int runs = o.intValue("runs", -1, 1);
        if (runs < 1) throw new UsageException("batch needs --runs N (N ≥ 1)");
        long seed = o.longValue("seed", sc.defaultSeed());
        int threads = o.intValue("threads", Runtime.getRuntime().availableProcessors(), 1);
        int turns = o.intValue("turns", 0, 0);
        OrderFile.Script script = orders(o.get("orders"), sc);
        AiChoice ai = ai(o.get("ai"), err);
        long t0 = System.nanoTime();
        String csv = Batch.run(sc, seed, runs, threads, turns, script, ai.factory);
        double secs = (System.nanoTime() - t0) / 1e9;
        if (o.get("out") != null) {
            writeText(Path.of(o.get("out")), csv);
            out.println("results: " + o.get("out") + " (" + runs + " rows)");
        } else {
            out.print(csv);
        }
        out.printf(Locale.ROOT, "%d games of %s in %.2f s with %d thread%s: %.1f games/s%n", runs, sc.id(), secs, threads,
                threads == 1 ? "" : "s", runs / Math.max(secs, 1e-9));
        return OK;
    }

    // ------------------------------------------------------------------ bench

    private static int bench(Options o, PrintStream out) throws Invalid, InterruptedException {
        Scenario sc = scenario(o.get("scenario") == null ? "2025" : o.get("scenario"));
        int games = o.intValue("games", 10_000, 1);
        int threads = o.intValue("threads", Runtime.getRuntime().availableProcessors(), 1);
        long seed = o.longValue("seed", 1);
        Supplier<SeatAi> baseline = AiRegistry.find("baseline").orElseThrow(() -> new UsageException("bench needs the baseline AI"));
        Supplier<SeatAi> strong = AiRegistry.find("strong").orElseThrow(() -> new UsageException("bench needs the strong AI"));
        new Benchmark(sc, seed, baseline, strong).run(games, threads, out);
        return OK;
    }

    // ------------------------------------------------------------------ validate and replay

    private static int validate(Options o, PrintStream out, PrintStream err) throws Invalid {
        Path file = Path.of(o.positional.get(0));
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        List<Problem> problems = new ArrayList<>();
        String what;
        try {
            FileKind.Detected d = FileKind.detect(file);
            switch (d.kind()) {
                case SAVE -> {
                    what = "save";
                    try {
                        SaveFile.Loaded l = ToolSaveOpener.fromSystem().open(file);
                        Replay.Result r = Replay.verify(l.state());
                        if (!r.ok() && l.state().editLog.isEmpty()) problems.add(new Problem(name, "$.game.history", "replay: " + r.message()));
                        else if (!r.ok()) out.println("note: " + r.message());
                        what = "save of " + l.meta().scenarioId() + ", turn " + l.meta().turn();
                    } catch (SaveException e) {
                        problems.addAll(e.problems());
                    }
                }
                case ORDERS -> {
                    what = "order file";
                    try {
                        OrderFile.Script s = OrderFile.fromJson(name, d.tree());
                        if (o.get("scenario") != null) problems.addAll(OrderFile.check(name, s, scenario(o.get("scenario"))));
                    } catch (OrderFileException e) {
                        problems.addAll(e.problems());
                    }
                }
                case SCENARIO -> {
                    what = "scenario";
                    try {
                        Scenario s = ScenarioLoader.load(file);
                        what = "scenario " + s.id();
                    } catch (ScenarioException e) {
                        problems.addAll(e.problems());
                    }
                }
                default -> {
                    what = "unknown";
                    problems.add(new Problem(name, "$", "not a Chokepoint scenario, save or order file"));
                }
            }
        } catch (SaveException e) {
            what = "file";
            problems.addAll(e.problems());
        }
        if (problems.isEmpty()) {
            out.println(name + ": valid (" + what + ")");
            return OK;
        }
        for (Problem p : problems) out.println(p);
        out.println(name + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems") + " (" + what + ")");
        return INVALID;
    }

    private static int replay(Options o, PrintStream out, PrintStream err) throws Invalid {
        Path file = Path.of(o.positional.get(0));
        SaveFile.Loaded l;
        try {
            l = ToolSaveOpener.fromSystem().open(file);
        } catch (SaveException e) {
            throw new Invalid(e.getMessage());
        }
        Replay.Result r = Replay.verify(l.state());
        out.println(file.getFileName() + ": " + r.message());
        return r.ok() ? OK : INVALID;
    }

    /** The after-action report's own command, its exit status mapped to this runner's (usage 1, bad save 2). */
    private static int aar(List<String> args, PrintStream out, PrintStream err) {
        int status = chokepoint.facilitator.report.AarCommand.run(args.toArray(String[]::new), out, err,
                ToolSaveOpener.fromSystem());
        return switch (status) {
            case chokepoint.facilitator.report.AarCommand.OK -> OK;
            case chokepoint.facilitator.report.AarCommand.USAGE -> ERROR;
            default -> INVALID;
        };
    }

    // ------------------------------------------------------------------ helpers

    private static Scenario scenario(String idOrPath) throws Invalid {
        try {
            return ScenarioLoader.loadByIdOrPath(idOrPath);
        } catch (ScenarioException e) {
            throw new Invalid(e.getMessage());
        }
    }

    private static OrderFile.Script orders(String path, Scenario sc) throws Invalid {
        if (path == null) return OrderFile.Script.empty();
        try {
            OrderFile.Script s = OrderFile.load(Path.of(path));
            List<Problem> problems = OrderFile.check(Path.of(path).getFileName().toString(), s, sc);
            if (!problems.isEmpty()) throw new Invalid(new OrderFileException(problems).getMessage());
            return s;
        } catch (OrderFileException e) {
            throw new Invalid(e.getMessage());
        }
    }

    record AiChoice(String name, Supplier<SeatAi> factory) {}

    private static AiChoice ai(String name, PrintStream err) {
        if (name == null) {
            return AiRegistry.find("baseline").map(f -> new AiChoice("baseline", f))
                    .orElseGet(() -> new AiChoice("none", SeatAi::passive));
        }
        var f = AiRegistry.find(name);
        if (f.isPresent()) return new AiChoice(name, f.get());
        if (name.equals("baseline")) {
            err.println("warning: the baseline AI is not available in this build; AI seats give no orders (--ai none)");
            return new AiChoice("none", SeatAi::passive);
        }
        throw new UsageException("unknown AI \"" + name + "\" (known: " + String.join(", ", new java.util.TreeSet<>(AiRegistry.names())) + ")");
    }

    private static void writeText(Path p, String text) throws IOException {
        Path parent = p.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        try (OutputStream os = Files.newOutputStream(p)) {
            os.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Parsed {@code --name value} options and positional arguments. */
    static final class Options {
        final Map<String, String> values = new HashMap<>();
        final List<String> positional = new ArrayList<>();

        String get(String name) {
            return values.get(name);
        }

        String required(String name) {
            String v = values.get(name);
            if (v == null) throw new UsageException("missing --" + name);
            return v;
        }

        long longValue(String name, long dflt) {
            String v = values.get(name);
            if (v == null) return dflt;
            try {
                return Long.parseLong(v);
            } catch (NumberFormatException e) {
                throw new UsageException("--" + name + " must be a whole number, got \"" + v + "\"");
            }
        }

        int intValue(String name, int dflt, int min) {
            String v = values.get(name);
            if (v == null) return dflt;
            try {
                int i = Integer.parseInt(v);
                if (i < min) throw new UsageException("--" + name + " must be at least " + min + ", got " + i);
                return i;
            } catch (NumberFormatException e) {
                throw new UsageException("--" + name + " must be a whole number, got \"" + v + "\"");
            }
        }
    }

    static Options options(List<String> args, Set<String> allowed, int positional) {
        Options o = new Options();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.startsWith("--")) {
                String name = a.substring(2);
                String value = null;
                int eq = name.indexOf('=');
                if (eq >= 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                }
                if (!allowed.contains(name)) throw new UsageException("unknown option --" + name);
                if (value == null) {
                    if (i + 1 >= args.size()) throw new UsageException("--" + name + " needs a value");
                    value = args.get(++i);
                }
                if (o.values.put(name, value) != null) throw new UsageException("--" + name + " given twice");
            } else {
                o.positional.add(a);
            }
        }
        if (o.positional.size() != positional) {
            throw new UsageException(positional == 0 ? "unexpected argument \"" + o.positional.get(0) + "\""
                    : "expected " + positional + " file argument" + (positional == 1 ? "" : "s") + ", got " + o.positional.size());
        }
        return o;
    }

    /** Wrong usage: exit 1 with a short usage line. */
    static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String m) {
            super(m);
        }
    }

    /** Invalid input (a scenario, order file or save with problems): exit 2 with the problems. */
    static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;

        Invalid(String m) {
            super(m);
        }
    }
}
