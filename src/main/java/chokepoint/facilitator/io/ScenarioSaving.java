package chokepoint.facilitator.io;

import chokepoint.engine.scenario.Scenario;
import chokepoint.scenario.ScenarioException;
import chokepoint.scenario.ScenarioLoader;
import chokepoint.scenario.ScenarioWriter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Saves an edited scenario only if it is valid: written to JSON, read back through the loader (every validation
 * rule of docs/SCENARIO-FORMAT.md), and only then written to the file.
 */
public final class ScenarioSaving {
    private ScenarioSaving() {}

    /** @throws ScenarioException with every problem (file, JSON path, message) when the edit is invalid */
    public static Scenario saveValid(Scenario edited, Path file) throws ScenarioException, IOException {
        byte[] bytes = ScenarioWriter.toBytes(edited);
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        Scenario checked = ScenarioLoader.load(name, bytes);
        Path tmp = file.resolveSibling(name + ".tmp");
        Files.write(tmp, bytes);
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return checked;
    }
}
