package chokepoint.facilitator;

import chokepoint.ai.Reason;
import chokepoint.engine.Game;
import com.google.gson.Gson;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** What a save must keep for the facilitator is plain records: Gson writes and reads them without adapters. */
class FacilitatorDataJsonTest {
    @Test
    void facilitatorDataRoundTripsThroughPlainGson() throws Exception {
        Facilitator f = new Facilitator(Game.start(Fixtures.scenario2025(), 1));
        f.setPassword("exercise".toCharArray());
        f.schedule().add(3, chokepoint.facilitator.io.InjectJson.bundledLibrary().get(0));
        f.journal().write(new JournalEntry(1, "JPN", "prices up", Expectation.price("ndpr", "refining", Expectation.Direction.UP)));
        f.recordReasons("CHN", List.of(Reason.plain("hold")));
        String json = new Gson().toJson(f.data());
        assertFalse(json.contains("exercise\""), "no clear-text password");
        FacilitatorData back = new Gson().fromJson(json, FacilitatorData.class);
        assertEquals(f.data(), back);
        Facilitator restored = new Facilitator(f.game(), back);
        assertTrue(restored.unlock("exercise".toCharArray()));
    }
}
