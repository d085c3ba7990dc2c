package chokepoint.app;

import chokepoint.ai.CliAiPlugin;
import chokepoint.cli.Cli;

/**
 * Entry point. With a subcommand (play, batch, validate, replay, help) it runs the headless runner and exits with
 * its status. Without arguments it prints the usage for now; the UI developer will start the game window here
 * ({@code chokepoint.app.GuiLauncher.launch(args)}).
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        if (args.length == 0) {
            // the JavaFX game will start here: chokepoint.app.GuiLauncher.launch(args);
            System.out.print(Cli.USAGE);
            return;
        }
        CliAiPlugin.register();
        System.exit(Cli.run(args, System.out, System.err));
    }
}
