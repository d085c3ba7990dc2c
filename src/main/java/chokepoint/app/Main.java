package chokepoint.app;

/** Entry point: with no arguments (or only GUI options such as --lang) the game window opens. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        GuiLauncher.launch(args);
    }
}
