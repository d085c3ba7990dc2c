package chokepoint.persistence;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * One entry of the save list, read from the file's envelope and meta only.
 *
 * @param problem null for a readable save; otherwise why it cannot be loaded (meta and savedAt may then be null)
 */
public record SaveInfo(String fileName, Path path, long sizeBytes, boolean autosave, Instant savedAt, SaveMeta meta,
                       String problem) {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    public boolean readable() {
        return problem == null;
    }

    /**
     * A readable one-line name, e.g. {@code "Class 3B — Tiny, Q3 2025 (turn 3) — 2026-11-24 08:30 UTC — humans: JPN; AI: CHN, USA"}.
     */
    public String displayName() {
        if (meta == null) return fileName + " — cannot be loaded: " + problem;
        String title = meta.name() != null && !meta.name().isBlank() ? meta.name() : autosave ? "Autosave" : fileName;
        List<String> humans = new ArrayList<>();
        List<String> ai = new ArrayList<>();
        for (Seat s : meta.seats()) (s.human() ? humans : ai).add(s.actor());
        StringBuilder sb = new StringBuilder(title).append(" — ").append(meta.scenarioName()).append(", ").append(meta.label())
                .append(" (turn ").append(meta.turn()).append(")");
        if (savedAt != null) sb.append(" — ").append(DATE.format(savedAt)).append(" UTC");
        if (!humans.isEmpty()) sb.append(" — humans: ").append(String.join(", ", humans));
        if (!ai.isEmpty()) sb.append(humans.isEmpty() ? " — " : "; ").append("AI: ").append(String.join(", ", ai));
        return sb.toString();
    }
}
