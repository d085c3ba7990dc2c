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
        return run(args, out, ToolSaveOpener.fromSystem());
    }

    /**
     * As {@link #run(String[], PrintStream)}, opening the save with {@code opener}: a facilitator-protected save
     * needs the facilitator password (docs/FACILITATOR.md, "Command line").
     */
    public static int run(String[] args, PrintStream out, ToolSaveOpener opener) {
        String save = null;
        String lang = "en";
        Path dir = Path.of(".");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--lang" -> { if (++i < args.length) lang = args[i]; else return usage(out); }
                case "--out" -> { if (++i < args.length) dir = Path.of(args[i]); else return usage(out); }
                default -> { if (save == null && !args[i].startsWith("--")) save = args[i]; else return usage(out); }
            }
        }
        if (save == null) return usage(out);
        try {
            SaveFile.Loaded loaded = opener.open(Path.of(save));
            AfterActionReport.Written w = AfterActionReport.of(Game.fromState(loaded.state())).language(lang).write(dir);
            out.println("wrote " + w.html() + " and " + w.csv());
            return 0;
        } catch (SaveException e) {
            out.println(e.getMessage());
            return 1;
        } catch (IOException e) {
            out.println("cannot write the report: " + e.getMessage());
            return 1;
        }
    }

    private static int usage(PrintStream out) {
        out.println("usage: aar SAVE [--lang en|ja] [--out DIR]");
        return 2;
    }
}
