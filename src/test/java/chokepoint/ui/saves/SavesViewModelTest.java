package chokepoint.ui.saves;

import chokepoint.engine.Game;
import chokepoint.engine.TinyScenario;
import chokepoint.persistence.SaveException;
import chokepoint.persistence.SaveStore;
import chokepoint.ui.app.Texts;
import chokepoint.ui.session.GameSession;
import chokepoint.ui.session.SeatConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class SavesViewModelTest {
    @TempDir
    Path dir;

    private static GameSession session() {
        return new GameSession(Game.start(TinyScenario.build(), 7),
                List.of(SeatConfig.human("JPN", ""), SeatConfig.human("USA", ""), SeatConfig.ai("CHN", SeatConfig.AiStyle.HAWKISH, 1)), null);
    }

    @Test
    void saveListAndLoadBack() throws Exception {
        Texts.setLanguage("en");
        SavesViewModel vm = new SavesViewModel(new SaveStore(dir), null);
        GameSession s = session();
        s.setAfterResolve(vm::autosave);
        s.resolve();
        assertNull(s.autosaveProblem());
        assertTrue(vm.latestAutosave().isPresent());
        String file = vm.save(s, "Class 3B");
        List<SavesViewModel.Entry> entries = vm.entries();
        assertEquals(2, entries.size());
        SavesViewModel.Entry named = entries.stream().filter(e -> e.fileName().equals(file)).findFirst().orElseThrow();
        assertEquals("Class 3B", named.title());
        assertTrue(named.detail().contains("after turn 1") && named.detail().contains("JPN, USA"), named.detail());
        GameSession back = vm.load(file);
        assertEquals(s.game().hash(), back.game().hash());
        assertEquals(List.of("JPN", "USA"), back.humanSeats().stream().map(SeatConfig::actor).toList());
        assertEquals(List.of("CHN"), back.aiSeats().stream().map(SeatConfig::actor).toList());
    }

    @Test
    void aHeadlessSaveKeepsEachRolesDefaultStyle() throws Exception {
        // the headless runner saves AI seats without a chosen style: they played their role's default
        Game g = Game.start(TinyScenario.build(), 3);
        g.resolve(java.util.Map.of());
        byte[] bytes = chokepoint.persistence.SaveFile.toBytes(g.state(), chokepoint.persistence.SaveMeta.of(g.state(), "cli", null),
                java.time.Instant.parse("2026-11-24T08:30:00Z"));
        GameSession back = new SavesViewModel(new SaveStore(dir), null).session(chokepoint.persistence.SaveFile.read("cli.json", bytes));
        assertEquals(1, back.humanSeats().size());
        assertFalse(back.aiSeats().isEmpty());
        for (SeatConfig c : back.aiSeats()) {
            boolean producer = g.scenario().actor(c.actor()).orElseThrow().kind() == chokepoint.engine.scenario.ActorKind.PRODUCER;
            assertEquals(producer ? SeatConfig.AiStyle.COOPERATIVE : SeatConfig.AiStyle.BALANCED, c.style(), c.actor());
        }
        assertTrue(back.aiSeats().stream().anyMatch(c -> c.style() == SeatConfig.AiStyle.COOPERATIVE), "the scenario has a producer seat");
    }

    @Test
    void aSeatWithAPinIsSealedInTheSaveAndUnlockedAtLoad() throws Exception {
        Texts.setLanguage("en");
        SavesViewModel vm = new SavesViewModel(new SaveStore(dir), null);
        GameSession s = new GameSession(Game.start(TinyScenario.build(), 7),
                List.of(SeatConfig.human("JPN", "Team A").withPin("2468"), SeatConfig.human("USA", ""),
                        SeatConfig.ai("CHN", SeatConfig.AiStyle.HAWKISH, 1)), null);
        s.resolve();
        var order = new chokepoint.engine.order.Order.BuyStockpile("JPN", "ndpr", "component", 5);
        s.pendingOf("JPN").add(order);
        String file = vm.save(s, "Locked");
        assertFalse(Files.readString(dir.resolve(file)).contains("BuyStockpile"), "the pending order is sealed");

        SaveException locked = assertThrows(SaveException.class, () -> vm.load(file));
        assertTrue(locked.getMessage().contains("PIN of JPN"), locked.getMessage());
        var opened = vm.open(file);
        assertEquals(List.of("JPN"), opened.lockedSeats());
        assertThrows(SaveException.class, () -> opened.unlock("JPN", "1111"));
        opened.unlock("JPN", "2468");
        GameSession back = vm.session(opened);
        assertEquals(s.game().hash(), back.game().hash());
        assertEquals(List.of(order), back.pendingOf("JPN"));
        assertTrue(back.pinMatches("JPN", "2468"));
        assertFalse(back.pinMatches("JPN", "1111"));
        assertTrue(back.secrets().protects("JPN"), "saving the loaded game keeps Japan sealed");
    }

    @Test
    void brokenAndNewerFilesGiveAMessage() throws Exception {
        SavesViewModel vm = new SavesViewModel(new SaveStore(dir), null);
        Files.writeString(dir.resolve("broken.json"), "{ not json");
        Files.writeString(dir.resolve("newer.json"), "{\"format\": \"chokepoint-save\", \"saveVersion\": 999, \"meta\": {}, \"game\": {}}");
        List<SavesViewModel.Entry> entries = vm.entries();
        assertEquals(2, entries.size());
        assertTrue(entries.stream().noneMatch(SavesViewModel.Entry::loadable));
        SaveException e = assertThrows(SaveException.class, () -> vm.load("newer.json"));
        assertFalse(SavesViewModel.describe(e).isBlank());
    }

    @Test
    void autosaveFailureIsReportedNotThrown() throws Exception {
        Path file = dir.resolve("not-a-dir");
        Files.writeString(file, "x");
        SavesViewModel vm = new SavesViewModel(new SaveStore(file), null);
        GameSession s = session();
        s.setAfterResolve(vm::autosave);
        s.resolve();
        assertNotNull(s.autosaveProblem());
        assertEquals(1, s.game().turnsPlayed());
    }
}
