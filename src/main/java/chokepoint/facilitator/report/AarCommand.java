package chokepoint.facilitator.report;

import chokepoint.engine.Game;
import chokepoint.persistence.SaveException;
import chokepoint.persistence.SaveFile;
import chokepoint.persistence.ToolSaveOpener;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * {@code aar SAVE [--lang en|ja] [--out DIR]} (also {@code java -jar chokepoint.jar aar ...}): writes the after-action report (HTML + CSV) of a saved game without
 * the UI, e.g. after a headless run. Exit 0 on success, 1 if the save cannot be read or the report written,
 * 2 for wrong usage.
 */
public final class AarCommand {
    private AarCommand() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    public static int run(String[] args, PrintStream out) {
        return run(args, out, out, ToolSaveOpener.fromSystem());
    }

    /** Exit status of {@link #run}: done, the save cannot be read or the report written, wrong usage. */
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    /**
     * As {@link #run(String[], PrintStream)}, problems to {@code err}, opening the save with {@code opener}: a
     * facilitator-protected save needs the facilitator password (docs/FACILITATOR.md, "Command line"). The
     * headless runner's {@code aar} command runs this too.
     */
    public static int run(String[] args, PrintStream out, PrintStream err, ToolSaveOpener opener) {
        String save = null;
        String lang = "en";
        Path dir = Path.of(".");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--lang" -> { if (++i < args.length) lang = args[i]; else return usage(err, "--lang needs a value"); }
                case "--out" -> { if (++i < args.length) dir = Path.of(args[i]); else return usage(err, "--out needs a value"); }
                default -> { if (save == null && !args[i].startsWith("--")) save = args[i]; else return usage(err, "unexpected " + args[i]); }
            }
        }
        if (save == null) return usage(err, "no save given");
        if (!lang.equals("en") && !lang.equals("ja")) return usage(err, "--lang is en or ja, got \"" + lang + "\"");
        try {
            SaveFile.Loaded loaded = opener.open(Path.of(save));
            AfterActionReport.Written w = AfterActionReport.of(Game.fromState(loaded.state())).language(lang).write(dir);
            out.println("wrote " + w.html() + " and " + w.csv());
            return OK;
        } catch (SaveException e) {
            err.println(e.getMessage());
            return FAILED;
        } catch (IOException e) {
            err.println("cannot write the report into " + dir + ": " + e.getMessage());
            return FAILED;
        }
    }

    private static int usage(PrintStream err, String problem) {
        err.println(problem);
        err.println("usage: aar SAVE [--lang en|ja] [--out DIR]");
        return USAGE;
    }
}
