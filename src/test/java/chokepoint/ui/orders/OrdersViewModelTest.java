package chokepoint.ui.orders;

import chokepoint.engine.Game;
import chokepoint.engine.TinyScenario;
import chokepoint.engine.order.Order;
import chokepoint.engine.state.ZoneRule;
import chokepoint.ui.app.Texts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class OrdersViewModelTest {
    private Game game;
    private List<Order> pending;
    private OrdersViewModel vm;

    @BeforeEach
    void setUp() {
        Texts.setLanguage("en");
        game = Game.start(TinyScenario.build(), 7);
        pending = new ArrayList<>();
        vm = new OrdersViewModel(game, "JPN", pending);
    }

    @AfterEach
    void english() {
        Texts.setLanguage("en");
    }

    @Test
    @DisplayName("every order type of the engine has a form that builds that order type")
    void everyKindBuilds() {
        Set<String> types = new java.util.HashSet<>();
        for (Class<?> c : Order.class.getPermittedSubclasses()) types.add(c.getSimpleName());
        Set<String> covered = new java.util.HashSet<>();
        for (OrderKind k : OrderKind.values()) covered.add(k.type());
        assertEquals(types, covered, "one form per order record");
        for (OrderKind k : OrderKind.values()) {
            Map<Field, String> d = vm.newDraft(k);
            OrdersViewModel.Check c = vm.build(k, d);
            boolean choicesAvailable = k.fields().stream().noneMatch(f -> f.type() == Field.Type.CHOICE
                    && vm.options(k, f, d).isEmpty());
            if (choicesAvailable) {
                assertTrue(c.order().isPresent(), k + " builds: " + c.problems());
                assertEquals(k.type(), c.order().get().type());
            } else {
                assertFalse(c.problems().isEmpty(), k + " explains that nothing can be chosen");
            }
        }
    }

    @Test
    @DisplayName("stages offered follow the chosen commodity and come from the scenario")
    void stagesFromScenario() {
        Map<Field, String> d = vm.newDraft(OrderKind.BUY_STOCKPILE);
        assertEquals("ndpr", d.get(Field.COMMODITY));
        List<String> stages = vm.options(OrderKind.BUY_STOCKPILE, Field.STAGE, d).stream().map(OrdersViewModel.Option::value).toList();
        assertEquals(List.of("mining", "refining", "component"), stages);
        assertEquals("NdPr — Refining", vm.names().market("ndpr/refining"));
        assertFalse(vm.options(OrderKind.SET_TARIFF, Field.OTHER, d).stream().anyMatch(o -> o.value().equals("JPN")),
                "a seat cannot target itself");
    }

    @Test
    @DisplayName("a valid stockpile purchase shows its cost, is added, and reduces what is left")
    void addStockpileBuy() {
        Map<Field, String> d = vm.newDraft(OrderKind.BUY_STOCKPILE);
        d.put(Field.STAGE, "refining");
        d.put(Field.QUANTITY, "20");
        OrdersViewModel.Check c = vm.check(OrderKind.BUY_STOCKPILE, d, false);
        assertTrue(c.ok(), c.problems().toString());
        assertTrue(c.cost().actionPoints() >= 0);
        double before = vm.remaining().budget();
        assertTrue(vm.add(OrderKind.BUY_STOCKPILE, d).ok());
        assertEquals(1, vm.pending().size());
        assertTrue(vm.pending().get(0).text().startsWith("Buy for stockpile: 20 t of NdPr — Refining"), vm.pending().get(0).text());
        assertTrue(vm.remaining().budget() < before, "the budget left goes down");
        assertTrue(vm.remainingText().contains("action points"));
        vm.remove(0);
        assertTrue(pending.isEmpty());
    }

    @Test
    @DisplayName("problems are the engine's reasons, translated; a bad number is caught before the engine")
    void validationMessages() {
        Map<Field, String> d = vm.newDraft(OrderKind.BUY_STOCKPILE);
        d.put(Field.QUANTITY, "abc");
        assertEquals(List.of("Quantity: enter a number."), vm.check(OrderKind.BUY_STOCKPILE, d, false).problems());
        d.put(Field.QUANTITY, "-5");
        assertEquals(List.of("The quantity must be more than zero."), vm.check(OrderKind.BUY_STOCKPILE, d, false).problems());
        d.put(Field.QUANTITY, "100000000");
        List<String> p = vm.check(OrderKind.BUY_STOCKPILE, d, false).problems();
        assertEquals(1, p.size());
        assertTrue(p.get(0).startsWith("Not enough budget"), p.get(0));
        Texts.setLanguage("ja");
        d.put(Field.QUANTITY, "-5");
        assertEquals(List.of("数量は 0 より大きくしてください。"), vm.check(OrderKind.BUY_STOCKPILE, d, false).problems());
    }

    @Test
    @DisplayName("orders beyond the action points are rejected with the reason")
    void actionPoints() {
        for (String t : List.of("CHN", "USA", "AUS")) {
            Map<Field, String> d = vm.newDraft(OrderKind.HOLD_SUMMIT);
            d.put(Field.OTHER, t);
            vm.add(OrderKind.HOLD_SUMMIT, d);
        }
        int ap = game.view("JPN").actionPoints();
        assertTrue(vm.pendingCount() <= ap);
        if (vm.remaining().actionPoints() == 0) {
            Map<Field, String> d = vm.newDraft(OrderKind.ESCORT_SHIPPING);
            OrdersViewModel.Check c = vm.check(OrderKind.ESCORT_SHIPPING, d, false);
            if (c.cost().actionPoints() > 0) assertTrue(c.problems().get(0).startsWith("Not enough action points"), c.problems().toString());
        }
    }

    @Test
    @DisplayName("the preview shows the expected first effect of an export ban")
    void previewEffects() {
        OrdersViewModel china = new OrdersViewModel(game, "CHN", new ArrayList<>());
        Map<Field, String> d = china.newDraft(OrderKind.IMPOSE_EXPORT_CONTROL);
        d.put(Field.STAGE, "refining");
        d.put(Field.MODE, "BAN");
        d.put(Field.TARGET, "JPN");
        d = china.normalize(OrderKind.IMPOSE_EXPORT_CONTROL, d);
        OrdersViewModel.Check c = china.check(OrderKind.IMPOSE_EXPORT_CONTROL, d, true);
        assertTrue(c.ok(), c.problems().toString());
        assertFalse(c.effects().isEmpty());
        assertTrue(c.effects().stream().anyMatch(e -> e.contains("Japan") || e.contains("JPN") || e.contains("Price")), c.effects().toString());
    }

    @Test
    @DisplayName("a zone invitation reaches the invitee, who accepts or rejects it with one order")
    void proposals() {
        game.resolve(Map.of("USA", List.of(new Order.FoundZone("USA", "Minerals club", EnumSet.of(ZoneRule.TRUSTED_SUPPLY), 0, 0))));
        String zone = game.state().zones.get(0).id;
        game.resolve(Map.of("USA", List.of(new Order.InviteToZone("USA", zone, "JPN"))));
        vm = new OrdersViewModel(game, "JPN", pending);
        assertEquals(1, vm.proposals().size());
        OrdersViewModel.ProposalLine p = vm.proposals().get(0);
        assertTrue(p.text().contains("invites you to join the trade zone Minerals club"), p.text());
        assertTrue(vm.answer(p.id(), true).isEmpty());
        assertEquals(List.of(new Order.RespondToProposal("JPN", p.id(), true)), pending);
        assertEquals(java.util.Optional.of(true), vm.proposals().get(0).answer());
        vm.answer(p.id(), false);
        assertEquals(List.of(new Order.RespondToProposal("JPN", p.id(), false)), pending, "the new answer replaces the old");
        OrdersViewModel usa = new OrdersViewModel(game, "USA", new ArrayList<>());
        assertTrue(usa.proposals().isEmpty(), "others do not see the invitation as theirs");
    }

    @Test
    void numbersAcceptGroupingAndPercent() {
        assertEquals(1200.0, OrdersViewModel.parse("1,200"));
        assertEquals(25.0, OrdersViewModel.parse(" 25 %"));
        assertNull(OrdersViewModel.parse(""));
        assertNull(OrdersViewModel.parse("NaN"));
    }
}
