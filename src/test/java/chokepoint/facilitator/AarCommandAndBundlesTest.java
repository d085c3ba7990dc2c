package chokepoint.facilitator;

import chokepoint.engine.Game;
import chokepoint.facilitator.report.AarCommand;
import chokepoint.persistence.SaveStore;
import chokepoint.persistence.Seat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.*;

class AarCommandAndBundlesTest {

    @Test
    void aarCommandWritesTheReportOfASave(@TempDir Path dir) throws Exception {
        Facilitator f = new Facilitator(Game.start(Fixtures.scenario2025(), 2));
        Fixtures.play(f, 2);
        Path save = new SaveStore(dir).save("run", f.game().state(), List.of(Seat.ai("JPN")));
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int code = AarCommand.run(new String[]{save.toString(), "--lang", "ja", "--out", dir.resolve("aar").toString()},
                new PrintStream(buf, true, StandardCharsets.UTF_8));
        assertEquals(0, code, buf.toString(StandardCharsets.UTF_8));
        assertTrue(Files.readString(dir.resolve("aar/after-action-report.html")).contains("事後検証レポート"));
        assertTrue(Files.exists(dir.resolve("aar/after-action-figures.csv")));
        assertEquals(2, AarCommand.run(new String[]{}, new PrintStream(new ByteArrayOutputStream())));
        assertEquals(1, AarCommand.run(new String[]{dir.resolve("missing.json").toString()}, new PrintStream(new ByteArrayOutputStream())));
    }

    @Test
    void englishAndJapaneseBundlesHaveTheSameKeys() throws Exception {
        for (String name : List.of("aar", "facilitator")) {
            assertEquals(keys("/i18n/" + name + ".properties"), keys("/i18n/" + name + "_ja.properties"), name);
        }
    }

    private static TreeSet<String> keys(String resource) throws Exception {
        Properties p = new Properties();
        try (InputStream in = AarCommandAndBundlesTest.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(p.stringPropertyNames());
    }
}
