package chokepoint.persistence;

import chokepoint.engine.Game;
import chokepoint.engine.TinyScenario;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Seat names and AI settings survive a save; saves written before those fields load with defaults. */
class SeatSettingsTest {
    static final Instant T = Instant.parse("2026-11-24T10:30:00Z");

    @Test
    void namesAndAiSettingsRoundTrip() throws Exception {
        Game g = Game.start(TinyScenario.build(), 1);
        g.resolve(Map.of());
        List<Seat> seats = List.of(new Seat("JPN", true, "Team Tokyo", "BALANCED", 0),
                new Seat("CHN", false, "", "HAWKISH", 2));
        byte[] bytes = SaveFile.toBytes(g.state(), SaveMeta.of(g.state(), "t", seats), T);
        assertEquals(seats, SaveFile.read("t.json", bytes).meta().seats());
    }

    @Test
    void olderSeatsWithoutSettingsReadWithDefaults() throws Exception {
        Game g = Game.start(TinyScenario.build(), 1);
        byte[] bytes = SaveFile.toBytes(g.state(), SaveMeta.of(g.state(), "t", List.of(Seat.ai("CHN"))), T);
        String old = new String(bytes, StandardCharsets.UTF_8)
                .replaceAll(",\\s*\"name\":\\s*\"\",\\s*\"style\":\\s*\"BALANCED\",\\s*\"strength\":\\s*1", "");
        assertEquals(false, old.contains("\"strength\""), "the test save really lacks the new fields");
        assertEquals(List.of(new Seat("CHN", false, "", "BALANCED", 1)),
                SaveFile.read("old.json", old.getBytes(StandardCharsets.UTF_8)).meta().seats());
    }
}
