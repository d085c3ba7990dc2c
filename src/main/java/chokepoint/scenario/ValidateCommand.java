package chokepoint.scenario;

import chokepoint.engine.scenario.Scenario;

import java.io.PrintStream;

/**
 * {@code validate FILE|ID...}: checks scenario files (or bundled ids) and lists every problem with its JSON path.
 * Exit status 0 when all load, 1 when any has problems, 2 for wrong usage.
 */
public final class ValidateCommand {
    private ValidateCommand() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    public static int run(String[] args, PrintStream out) {
        if (args.length == 0) {
            out.println("usage: validate FILE|ID...   (bundled ids: " + String.join(", ", ScenarioLoader.bundledIds()) + ")");
            return 2;
        }
        int status = 0;
        for (String arg : args) {
            try {
                Scenario s = ScenarioLoader.loadByIdOrPath(arg);
                out.println(arg + ": OK (" + s.actorCount() + " actors, " + s.marketCount() + " markets, "
                        + s.calendar().turns() + " turns, " + s.events().size() + " events)");
            } catch (ScenarioException e) {
                out.println(e.getMessage());
                status = 1;
            }
        }
        return status;
    }
}
