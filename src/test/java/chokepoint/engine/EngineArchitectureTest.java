package chokepoint.engine;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The engine stays pure: no JavaFX, no Gson, no I/O, no unseeded randomness, no clocks. */
class EngineArchitectureTest {
    private static final Pattern FORBIDDEN = Pattern.compile(
            "^import (javafx\\.|com\\.google\\.gson|java\\.io\\.|java\\.nio\\.(file|channels)|java\\.net\\.|java\\.util\\.Random;|java\\.util\\.concurrent\\.ThreadLocalRandom|chokepoint\\.(ui|app|cli|persistence|scenario|ai)\\.)"
                    + "|new Random\\(|Math\\.random\\(|System\\.currentTimeMillis|System\\.nanoTime|LocalDate(Time)?\\.now",
            Pattern.MULTILINE);

    @Test
    void engineImportsNoUiNoIoAndNoUnseededRandomness() throws IOException {
        Path root = Path.of("src/main/java/chokepoint/engine");
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                var m = FORBIDDEN.matcher(Files.readString(f));
                while (m.find()) violations.add(root.relativize(f) + ": " + m.group());
            }
        }
        assertTrue(Files.isDirectory(root), "engine sources not found from " + Path.of("").toAbsolutePath());
        assertEquals(List.of(), violations, "the engine must stay free of UI, I/O and unseeded randomness");
    }

    @Test
    void theCheckCatchesAJavaFxImport() {
        assertTrue(FORBIDDEN.matcher("package x;\nimport javafx.scene.Node;\n").find());
        assertTrue(FORBIDDEN.matcher("double r = Math.random();").find());
    }
}
