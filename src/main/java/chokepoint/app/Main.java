package chokepoint.app;

import chokepoint.ai.WinRates;
import chokepoint.cli.Cli;

import java.util.List;
import java.util.Set;

/**
 * Entry point. Without arguments, or with only game-window options ({@code --lang en|ja}, {@code --large-text},
 * {@code --screenshot-mode SCREEN}), the game window opens. With a subcommand (play, batch, validate, replay,
 * help) it runs the headless runner and exits with its status; {@code winrates} runs {@link WinRates}.
 */
public final class Main {
    private static final Set<String> GUI_OPTIONS = Set.of("--lang", "--large-text", "--screenshot-mode");

    private Main() {}

    public static void main(String[] args) {
        if (isGui(args)) {
            GuiLauncher.launch(args);
            return;
        }
        CliAiPlugin.register();
        if (args[0].equals("winrates")) System.exit(WinRates.command(List.of(args).subList(1, args.length), System.out, System.err));
        System.exit(Cli.run(args, System.out, System.err));
    }

    static boolean isGui(String[] args) {
        return args.length == 0 || GUI_OPTIONS.contains(args[0].split("=", 2)[0]);
    }
}
