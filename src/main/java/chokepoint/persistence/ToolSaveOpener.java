package chokepoint.persistence;

import java.nio.file.Path;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Opens a save for a command-line tool (excursions, the after-action report). Such a tool has no PIN prompt, so
 * seats sealed with a PIN stay refused; the facilitator's sealed data is opened with the facilitator password from
 * the environment variable {@value #PASSWORD_VARIABLE} or, when there is a terminal, from a prompt that does not
 * echo. The password never goes on the command line, where other users of the machine could read it.
 */
public final class ToolSaveOpener {
    public static final String PASSWORD_VARIABLE = "CHOKEPOINT_FACILITATOR_PASSWORD";

    private final Function<String, String> environment;
    private final Supplier<char[]> prompt;

    /**
     * @param environment reads an environment variable (null when unset)
     * @param prompt asks for the password on a terminal; null when there is none (or the prompt was refused)
     */
    public ToolSaveOpener(Function<String, String> environment, Supplier<char[]> prompt) {
        this.environment = environment;
        this.prompt = prompt;
    }

    /** The process environment and, when there is one, the console. */
    public static ToolSaveOpener fromSystem() {
        return new ToolSaveOpener(System::getenv, () -> {
            java.io.Console console = System.console();
            return console == null ? null : console.readPassword("facilitator password: ");
        });
    }

    /**
     * Reads the save and opens what a tool may open.
     *
     * @throws SaveException when the file is no valid save, the facilitator password is missing or wrong, or seats
     *                       are sealed with a PIN
     */
    public SaveFile.Loaded open(Path file) throws SaveException {
        SaveFile.Loaded loaded = SaveFile.read(file);
        if (loaded.facilitatorLocked()) {
            String fromEnvironment = environment.apply(PASSWORD_VARIABLE);
            char[] password = fromEnvironment != null && !fromEnvironment.isEmpty() ? fromEnvironment.toCharArray() : prompt.get();
            if (password == null || password.length == 0) {
                throw new SaveException(loaded.file(), FacilitatorSection.PATH, "the facilitator's data (inject schedule, "
                        + "decision journal, AI reasons) is sealed with the facilitator password: set " + PASSWORD_VARIABLE
                        + " or run the command in a terminal to be asked for it");
            }
            loaded.unlockFacilitator(password);
        }
        return loaded.requireUnlocked();
    }
}
