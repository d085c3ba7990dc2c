package chokepoint.ui.session;

import chokepoint.engine.Game;
import chokepoint.engine.TinyScenario;
import chokepoint.engine.order.Order;
import chokepoint.ui.orders.OrdersViewModel;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.*;

class HotSeatFlowTest {
    private static GameSession session(AiPlayer ai) {
        Game g = Game.start(TinyScenario.build(), 7);
        return new GameSession(g, List.of(
                SeatConfig.human("USA", "Team A"),
                new SeatConfig("JPN", SeatConfig.Control.HUMAN, SeatConfig.AiStyle.BALANCED, 2, "", "1234"),
                SeatConfig.ai("CHN", SeatConfig.AiStyle.HAWKISH, 2)), ai);
    }

    @Test
    @DisplayName("human seats play in order, each behind a hand-off, then the all-in confirmation")
    void seatOrder() {
        HotSeatFlow f = new HotSeatFlow(session(null));
        assertEquals(HotSeatFlow.Phase.HANDOFF, f.phase());
        assertEquals("USA", f.currentSeat().actor());
        assertThrows(IllegalStateException.class, f::currentPending, "no orders are reachable at the hand-off");
        assertTrue(f.ready(""));
        assertEquals(HotSeatFlow.Phase.SEAT_TURN, f.phase());
        f.submit();
        assertEquals(HotSeatFlow.Phase.HANDOFF, f.phase());
        assertEquals("JPN", f.currentSeat().actor());
        assertFalse(f.ready("0000"), "a wrong PIN keeps the hand-off");
        assertEquals(HotSeatFlow.Phase.HANDOFF, f.phase());
        assertTrue(f.ready("1234"));
        f.submit();
        assertEquals(HotSeatFlow.Phase.ALL_IN, f.phase());
        assertNull(f.currentSeat());
        f.back();
        assertEquals("JPN", f.currentSeat().actor());
    }

    @Test
    @DisplayName("a seat's screens get only its own pending orders; resolution uses everyone's and clears them")
    void secrecyAndResolution() {
        AtomicInteger aiCalls = new AtomicInteger();
        AiPlayer ai = (game, seats) -> {
            aiCalls.incrementAndGet();
            assertEquals(List.of("CHN"), seats.stream().map(SeatConfig::actor).toList());
            return Map.of("CHN", List.of(new Order.HoldSummit("CHN", "AUS")));
        };
        GameSession s = session(ai);
        HotSeatFlow f = new HotSeatFlow(s);
        f.ready("");
        OrdersViewModel usa = new OrdersViewModel(s.game(), "USA", f.currentPending());
        Order buy = new Order.BuyStockpile("USA", "ndpr", "refining", 10);
        assertTrue(usa.add(buy).isEmpty());
        f.submit();
        f.ready("1234");
        List<Order> japanSees = f.currentPending();
        assertTrue(japanSees.isEmpty(), "Japan's list does not contain the US order");
        OrdersViewModel jpn = new OrdersViewModel(s.game(), "JPN", japanSees);
        assertTrue(jpn.pending().stream().noneMatch(l -> l.text().contains("Buy")), "nothing of the US order shows for Japan");
        assertTrue(jpn.add(new Order.BuyStockpile("USA", "ndpr", "refining", 10)).size() > 0,
                "a seat cannot give orders for another actor");
        f.submit();
        f.resolve();
        assertEquals(1, aiCalls.get());
        assertEquals(1, s.game().turnsPlayed());
        assertEquals(List.of(buy), s.game().state().orderLog.get(0).get("USA"));
        assertEquals(List.of(new Order.HoldSummit("CHN", "AUS")), s.game().state().orderLog.get(0).get("CHN"));
        assertTrue(s.pendingOf("USA").isEmpty() && s.pendingOf("JPN").isEmpty(), "pending orders are cleared");
        assertEquals(HotSeatFlow.Phase.HANDOFF, f.phase());
        assertEquals("USA", f.currentSeat().actor(), "the next round starts with the first seat again");
    }

    @Test
    @DisplayName("after each resolution the hook runs (autosave) and may report a problem")
    void afterResolveHook() {
        GameSession s = session(null);
        List<Integer> turns = new ArrayList<>();
        s.setAfterResolve(x -> {
            turns.add(x.game().turnsPlayed());
            x.setAutosaveProblem("disk full");
        });
        s.resolve();
        assertEquals(List.of(1), turns);
        assertEquals("disk full", s.autosaveProblem());
    }

    @Test
    void gameEnds() {
        GameSession s = session(null);
        HotSeatFlow f = new HotSeatFlow(s);
        int turns = s.game().scenario().calendar().turns();
        for (int t = 0; t < turns; t++) {
            f.ready("");
            f.submit();
            f.ready("1234");
            f.submit();
            f.resolve();
        }
        assertEquals(HotSeatFlow.Phase.GAME_OVER, f.phase());
    }

    @Test
    @DisplayName("with a facilitator: a pause blocks resolution, a rollback replaces the game and restarts the round")
    void facilitatorPauseAndRollback() {
        GameSession s = session(null);
        HotSeatFlow f = new HotSeatFlow(s);
        var fac = s.facilitator();
        f.ready("");
        s.pendingOf("USA").add(new Order.BuyStockpile("USA", "ndpr", "refining", 10));
        f.submit();
        assertEquals(List.of("USA"), List.copyOf(f.submitted().keySet()), "the facilitator sees submitted seats only");
        f.ready("1234");
        f.submit();
        fac.pause();
        assertThrows(IllegalStateException.class, f::resolve);
        assertEquals(HotSeatFlow.Phase.ALL_IN, f.phase(), "still waiting for the resolution");
        fac.resume();
        f.resolve();
        assertEquals(1, s.game().turnsPlayed());
        String before = s.game().hash();
        fac.rollbackLastTurn();
        assertEquals(0, s.game().turnsPlayed(), "the session plays on the rebuilt game");
        assertNotEquals(before, s.game().hash());
        f.restartRound();
        assertEquals(HotSeatFlow.Phase.HANDOFF, f.phase());
        assertEquals("USA", f.currentSeat().actor());
    }
}
