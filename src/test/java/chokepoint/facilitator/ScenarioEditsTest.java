package chokepoint.facilitator;

import chokepoint.engine.scenario.Scenario;
import chokepoint.engine.scenario.Text;
import chokepoint.facilitator.ScenarioEdits.Field;
import chokepoint.facilitator.ScenarioEdits.Row;
import chokepoint.facilitator.io.ScenarioSaving;
import chokepoint.scenario.ScenarioException;
import chokepoint.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

class ScenarioEditsTest {

    private static Row jpnStock(Scenario sc) {
        return ScenarioEdits.rows(sc).stream()
                .filter(r -> r.actor().equals("JPN") && r.field() == Field.STOCKPILE && r.commodity().equals("ndpr"))
                .findFirst().orElseThrow();
    }

    @Test
    void editedFigureIsSavedAsAValidScenarioWithItsSource(@TempDir Path dir) throws Exception {
        Scenario sc = Fixtures.scenario2025();
        Row row = jpnStock(sc);
        Scenario edited = ScenarioEdits.apply(sc, row.withValue(row.value() * 2, "assumption: exercise doubles JOGMEC stocks"));
        edited = ScenarioEdits.renamed(edited, "jpn-stocks", new Text("Japan stocks", "日本の備蓄"));
        Path file = dir.resolve("jpn-stocks.json");
        ScenarioSaving.saveValid(edited, file);
        Scenario back = ScenarioLoader.load(file);
        assertEquals("jpn-stocks", back.id());
        Row again = jpnStock(back);
        assertEquals(row.value() * 2, again.value(), 1e-9);
        assertEquals("assumption: exercise doubles JOGMEC stocks", again.source());
        assertEquals(ScenarioEdits.rows(sc).size(), ScenarioEdits.rows(back).size());
    }

    @Test
    void invalidEditIsNotWritten(@TempDir Path dir) {
        Scenario sc = Fixtures.scenario2025();
        Scenario bad = ScenarioEdits.apply(sc, jpnStock(sc).withValue(-5, "oops"));
        Path file = dir.resolve("bad.json");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioSaving.saveValid(bad, file));
        assertTrue(e.getMessage().contains("stockpiles[0].quantity.value"), e.getMessage());
        assertFalse(Files.exists(file));
    }

    @Test
    void budgetRowChangesTheBudget() {
        Scenario sc = Fixtures.scenario2025();
        Row budget = ScenarioEdits.rows(sc).stream().filter(r -> r.actor().equals("EU") && r.field() == Field.BUDGET).findFirst().orElseThrow();
        Scenario edited = ScenarioEdits.apply(sc, budget.withValue(3.5, "assumption: test"));
        assertEquals(3.5, edited.actor("EU").orElseThrow().budget().value());
        assertEquals(sc.actor("USA").orElseThrow(), edited.actor("USA").orElseThrow());
    }
}
