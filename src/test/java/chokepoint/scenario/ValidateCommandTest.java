package chokepoint.scenario;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ValidateCommandTest {

    @Test
    void listsProblemsAndSetsTheExitStatus(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("good.json");
        Files.write(good, MiniJson.bytes());
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, new String(MiniJson.bytes(), StandardCharsets.UTF_8).replace("\"turns\": 8", "\"turns\": 0"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = ValidateCommand.run(new String[] {good.toString(), bad.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8));
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(1, status, text);
        assertTrue(text.contains("good.json: OK (4 actors, 5 markets, 8 turns, 2 events)"), text);
        assertTrue(text.contains("bad.json: $.calendar.turns: must be a whole number between 1 and 200, got 0"), text);
        assertEquals(0, ValidateCommand.run(new String[] {good.toString()}, new PrintStream(new ByteArrayOutputStream())));
        assertEquals(2, ValidateCommand.run(new String[0], new PrintStream(new ByteArrayOutputStream())));
    }
}
