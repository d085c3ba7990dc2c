package chokepoint.ui.tutorial;

import chokepoint.engine.TinyScenario;
import chokepoint.engine.order.Order;
import chokepoint.engine.scenario.Scenario;
import chokepoint.engine.state.ControlMode;
import chokepoint.engine.state.Target;
import chokepoint.scenario.ScenarioLoader;
import chokepoint.ui.app.Texts;
import chokepoint.ui.mapscreen.MapLens;
import chokepoint.ui.orders.OrdersViewModel;
import chokepoint.ui.session.AiPlayer;
import chokepoint.ui.session.GameSession;
import chokepoint.ui.session.SeatConfig;
import chokepoint.ui.tutorial.TutorialViewModel.Step;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static chokepoint.ui.tutorial.TutorialViewModel.*;
import static org.junit.jupiter.api.Assertions.*;

class TutorialViewModelTest {
    private GameSession session;
    private TutorialViewModel vm;
    private int changes;

    @BeforeEach
    void setUp() {
        Texts.setLanguage("en");
        session = TutorialSetup.session(TinyScenario.build(), AiPlayer.NONE);
        vm = new TutorialViewModel(session, "JPN");
        vm.setOnChange(() -> changes++);
    }

    @AfterEach
    void english() {
        Texts.setLanguage("en");
    }

    private int chn() {
        return session.game().scenario().actorIndex("CHN");
    }

    private List<Order> pending() {
        return session.pendingOf("JPN");
    }

    @Test
    @DisplayName("the tutorial game: one human seat (Japan), every other playable actor AI")
    void oneHumanSeat() {
        assertEquals(List.of("JPN"), session.humanSeats().stream().map(SeatConfig::actor).toList());
        assertFalse(session.aiSeats().isEmpty());
        assertEquals(0, session.game().turnsPlayed());
        assertEquals(Step.LEVERAGE, vm.current());
        assertEquals(7, vm.count());
    }

    @Test
    @DisplayName("step 1 needs the map tab, the 'leverage over me' lens and another country selected")
    void leverageStep() {
        assertFalse(vm.canNext());
        assertFalse(vm.next());
        vm.tabShown(TAB_MAP);
        vm.mapShown(MapLens.LEVERAGE_OVER_OTHERS, chn());
        assertFalse(vm.canNext(), "wrong lens");
        vm.mapShown(MapLens.LEVERAGE_OVER_SEAT, session.game().scenario().actorIndex("JPN"));
        assertFalse(vm.canNext(), "own country");
        vm.tabShown(TAB_ORDERS);
        vm.mapShown(MapLens.LEVERAGE_OVER_SEAT, chn());
        assertFalse(vm.canNext(), "map tab not shown");
        int before = changes;
        vm.tabShown(TAB_MAP);
        assertTrue(changes > before, "the panel is told");
        assertTrue(vm.canNext());
        assertEquals(vm.statusText(), Texts.get("tutorial.status.done"));
        // done once stays done
        vm.tabShown(TAB_REPORT);
        assertTrue(vm.canNext());
        assertTrue(vm.next());
        assertEquals(Step.STOCKPILE, vm.current());
        assertEquals("Step 2 of 7", vm.progressText());
    }

    @Test
    @DisplayName("steps 2-4 complete only when a pending order of their type exists")
    void orderSteps() {
        vm.tabShown(TAB_MAP);
        vm.mapShown(MapLens.LEVERAGE_OVER_SEAT, chn());
        vm.next();

        assertEquals(Step.STOCKPILE, vm.current());
        pending().add(new Order.StartResearch("JPN", "x"));
        vm.refresh();
        assertFalse(vm.canNext(), "another order type does not count");
        assertFalse(vm.holds(Step.STOCKPILE));
        pending().add(new Order.SetStockpileTarget("JPN", "ndpr", "refining", 60));
        vm.refresh();
        assertTrue(vm.canNext());
        pending().clear();
        assertFalse(vm.holds(Step.STOCKPILE));
        pending().add(new Order.BuyStockpile("JPN", "ndpr", "refining", 10));
        assertTrue(vm.next());

        assertEquals(Step.RESEARCH, vm.current());
        pending().clear();
        vm.refresh();
        assertFalse(vm.canNext());
        pending().add(new Order.StartResearch("JPN", "recycling"));
        assertTrue(vm.next());

        assertEquals(Step.EXPORT_CONTROL, vm.current());
        assertFalse(vm.canNext());
        pending().add(new Order.SetTariff("JPN", "CHN", "ndpr", 0.1));
        assertTrue(vm.canNext(), "a tariff counts too");
        pending().removeIf(o -> o instanceof Order.SetTariff);
        assertFalse(vm.canNext());
        pending().add(new Order.ImposeExportControl("JPN", "ndpr", "component", ControlMode.LICENCE, Target.actors("CHN"), 0));
        assertTrue(vm.next());
        assertEquals(Step.RESOLVE, vm.current());
    }

    @Test
    @DisplayName("step 5 needs a resolved turn, step 6 a turn chosen on the timeline tab, step 7 finishes")
    void resolveTimelineAndFinish() {
        vm.tabShown(TAB_MAP);
        vm.mapShown(MapLens.LEVERAGE_OVER_SEAT, chn());
        vm.next();
        pending().add(new Order.BuyStockpile("JPN", "ndpr", "refining", 10));
        vm.next();
        pending().add(new Order.StartResearch("JPN", "recycling"));
        vm.next();
        pending().add(new Order.SetTariff("JPN", "CHN", "ndpr", 0.1));
        vm.next();

        assertEquals(Step.RESOLVE, vm.current());
        assertFalse(vm.canNext());
        session.resolve();
        vm.refresh();
        assertTrue(vm.canNext());
        assertTrue(vm.next());

        assertEquals(Step.TIMELINE, vm.current());
        vm.timelineTurnSelected(0);
        assertFalse(vm.canNext(), "on another tab");
        vm.tabShown(TAB_TIMELINE);
        assertTrue(vm.canNext());
        assertTrue(vm.next());

        assertEquals(Step.DONE, vm.current());
        assertTrue(vm.isLast());
        assertTrue(vm.canNext());
        assertFalse(vm.finished());
        assertTrue(vm.next());
        assertTrue(vm.finished());
        assertEquals(Step.DONE, vm.current());
        vm.back();
        assertEquals(Step.TIMELINE, vm.current());
        assertTrue(vm.canNext(), "a done step stays done when going back");
    }

    @Test
    @DisplayName("switching the language changes the step texts; every step has texts in both languages")
    void bothLanguages() {
        Set<String> english = new HashSet<>();
        List<String> en = new ArrayList<>();
        List<String> ja = new ArrayList<>();
        for (int i = 0; i < vm.count(); i++) {
            Texts.setLanguage("en");
            en.add(vm.title());
            String task = vm.task();
            assertFalse(vm.title().contains("!") && vm.title().startsWith("!"), vm.title());
            for (String s : List.of(vm.title(), vm.body(), task, vm.progressText(), vm.statusText())) {
                assertFalse(s.isBlank());
                assertFalse(s.contains("{") || s.startsWith("!"), s);
                assertFalse(s.contains("_"), "no mnemonic marks: " + s);
                english.add(s);
            }
            Texts.setLanguage("ja");
            ja.add(vm.title());
            for (String s : List.of(vm.title(), vm.body(), vm.task(), vm.progressText(), vm.statusText())) {
                assertFalse(s.contains("{") || s.startsWith("!"), s);
                assertFalse(s.contains("_"), "no mnemonic marks: " + s);
                assertFalse(english.contains(s), "translated: " + s);
            }
            // move on regardless of the tasks (the test is about texts)
            forceNext();
        }
        assertEquals("What is leverage?", en.get(0));
        assertEquals("影響力とは？", ja.get(0));
        assertEquals("備蓄を買ってみよう", ja.get(1));
        Texts.setLanguage("ja");
        assertEquals("ステップ 7/7", vm.progressText());
    }

    private void forceNext() {
        switch (vm.current()) {
            case LEVERAGE -> { vm.tabShown(TAB_MAP); vm.mapShown(MapLens.LEVERAGE_OVER_SEAT, chn()); }
            case STOCKPILE -> pending().add(new Order.BuyStockpile("JPN", "ndpr", "refining", 10));
            case RESEARCH -> pending().add(new Order.StartResearch("JPN", "recycling"));
            case EXPORT_CONTROL -> pending().add(new Order.SetTariff("JPN", "CHN", "ndpr", 0.1));
            case RESOLVE -> session.resolve();
            case TIMELINE -> { vm.tabShown(TAB_TIMELINE); vm.timelineTurnSelected(0); }
            case DONE -> { return; }
        }
        assertTrue(vm.next(), vm.current().name());
    }

    @Test
    @DisplayName("in the classroom scenario Japan can actually give the tutorial's orders")
    void classroomTasksAreDoable() throws Exception {
        Scenario sc = ScenarioLoader.loadBundled("classroom");
        assertEquals("JPN", TutorialSetup.seat(sc));
        GameSession s = TutorialSetup.session(sc, AiPlayer.NONE);
        TutorialViewModel t = new TutorialViewModel(s, "JPN");
        OrdersViewModel orders = new OrdersViewModel(s.game(), "JPN", s.pendingOf("JPN"));
        orders.addListener(t::refresh);
        t.tabShown(TAB_MAP);
        t.mapShown(MapLens.LEVERAGE_OVER_SEAT, sc.actorIndex("CHN"));
        assertTrue(t.next());
        assertEquals(List.of(), orders.add(new Order.BuyStockpile("JPN", "ndpr", "refining", 50)));
        assertTrue(t.next());
        assertEquals(List.of(), orders.add(new Order.StartResearch("JPN", "mtori_survey")));
        assertTrue(t.next());
        assertEquals(List.of(), orders.add(new Order.ImposeExportControl("JPN", "ndpr", "component", ControlMode.LICENCE,
                Target.actors("CHN"), 0)));
        assertTrue(t.next());
        s.resolve();
        t.refresh();
        assertTrue(t.next());
        assertEquals(Step.TIMELINE, t.current());
    }

    @Test
    void plainLabels() {
        assertEquals("Add order", TutorialViewModel.plain("_Add order"));
        assertEquals("命令を追加", TutorialViewModel.plain("命令を追加(_A)"));
        assertEquals("命令を提出（Ctrl+Enter）", TutorialViewModel.plain("命令を提出(_B)（Ctrl+Enter）"));
    }
}
