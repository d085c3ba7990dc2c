package chokepoint.ui.app;

import chokepoint.engine.TinyScenario;
import chokepoint.ui.session.GameSession;
import chokepoint.ui.session.SeatConfig;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class NewGameViewModelTest {
    @Test
    void defaultsGiveTwoHumanSeatsAndAiForTheRest() {
        NewGameViewModel vm = new NewGameViewModel(ScenarioCatalog.of(Map.of("tiny", TinyScenario::build)));
        assertEquals(2, vm.humanCount());
        assertTrue(vm.problem().isEmpty());
        GameSession s = vm.start(null);
        assertEquals(java.util.List.of("CHN", "USA"), s.humanSeats().stream().map(SeatConfig::actor).sorted().toList());
        assertEquals(2, s.aiSeats().size());
        assertEquals(1, s.game().currentTurn());
    }

    @Test
    void needsAHumanAndAWholeNumberSeed() {
        NewGameViewModel vm = new NewGameViewModel(ScenarioCatalog.of(Map.of("tiny", TinyScenario::build)));
        for (NewGameViewModel.Row r : vm.rows()) r.control = NewGameViewModel.Control.AI;
        assertTrue(vm.problem().isPresent());
        vm.rows().get(0).control = NewGameViewModel.Control.HUMAN;
        vm.setSeed("x1");
        assertTrue(vm.problem().isPresent());
        vm.setSeed("42");
        assertEquals(42, vm.start(null).game().seed());
    }

    @Test
    void bundledScenariosLoad() {
        NewGameViewModel vm = new NewGameViewModel(ScenarioCatalog.bundled());
        assertTrue(vm.scenarioIds().contains("classroom") && vm.scenarioIds().contains("2025"), vm.scenarioIds().toString());
        assertEquals("classroom", vm.scenarioId());
        assertTrue(vm.problem().isEmpty(), vm.problem().orElse(""));
        assertEquals(2, vm.humanCount());
    }
}
