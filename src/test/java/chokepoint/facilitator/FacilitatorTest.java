package chokepoint.facilitator;

import chokepoint.ai.Reason;
import chokepoint.engine.Game;
import chokepoint.engine.scenario.ParameterKey;
import chokepoint.engine.state.TurnRecord;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class FacilitatorTest {

    private static Facilitator newFacilitator() {
        Facilitator f = new Facilitator(Game.start(Fixtures.scenario2025(), 7));
        f.fireDueInjects();
        return f;
    }

    @Test
    void rollbackReproducesThePreTurnHashAndHistory() {
        Facilitator f = newFacilitator();
        Fixtures.play(f, 3);
        f.injectNow(Fixtures.heliumOutage());
        f.setParameter(ParameterKey.PRICE_ADJUST_SPEED, 0.7, "faster prices");
        String preTurnHash = f.game().hash();
        List<String> before = hashes(f.game().history());
        f.resolve(Fixtures.orders(f.game()));
        assertEquals(5, f.game().currentTurn());

        Facilitator.RollbackResult r = f.rollbackLastTurn();

        assertEquals(4, r.turnToReplay());
        assertEquals(4, f.game().currentTurn());
        assertEquals(preTurnHash, f.game().hash(), "rollback gives the state seats saw before the undone turn");
        assertEquals(before, hashes(f.game().history()));
        assertEquals(0.7, f.game().scenario().parameters().get(ParameterKey.PRICE_ADJUST_SPEED));
        assertTrue(f.game().scenario().events().stream().anyMatch(e -> e.id().equals("inj-qatar_test-t4")),
                "the inject made before the undone turn is kept");
    }

    @Test
    void replayingTheUndoneTurnGivesTheSameResult() {
        Facilitator f = newFacilitator();
        Fixtures.play(f, 2);
        f.injectNow(Fixtures.tensionInject("spike", 12));
        TurnRecord original = f.resolve(Fixtures.orders(f.game()));
        f.rollbackLastTurn();
        TurnRecord again = f.resolve(Fixtures.orders(f.game()));
        assertEquals(original.stateHash, again.stateHash);
    }

    @Test
    void rollbackDropsActionsTakenAfterTheUndoneTurnAndRefiresTheSchedule() {
        Facilitator f = newFacilitator();
        f.schedule().add(3, Fixtures.tensionInject("planned", 5));
        Fixtures.play(f, 2);
        assertTrue(f.game().state().firedEvents.contains("sch-s1-planned"), "scheduled inject fired at turn 3");
        f.setParameter(ParameterKey.TENSION_DECAY, 4, "calmer");
        Facilitator.RollbackResult r = f.rollbackLastTurn();
        assertEquals(2, r.turnToReplay());
        assertEquals(2, r.dropped().size(), "the scheduled inject and the edit of turn 3 are undone");
        assertFalse(f.game().state().firedEvents.contains("sch-s1-planned"));
        f.resolve(Fixtures.orders(f.game()));
        assertTrue(f.game().state().firedEvents.contains("sch-s1-planned"), "fires again when turn 3 comes");
        assertEquals(ParameterKey.TENSION_DECAY.defaultValue(),
                f.game().scenario().parameters().get(ParameterKey.TENSION_DECAY));
    }

    @Test
    void forkAtTurnKEqualsTheOriginalHistoryUpToK() {
        Facilitator f = newFacilitator();
        Fixtures.play(f, 2);
        f.injectNow(Fixtures.heliumOutage());
        Fixtures.play(f, 3);
        for (int k = 0; k <= 5; k++) {
            Game fork = f.forkAt(k);
            assertEquals(k, fork.turnsPlayed());
            assertEquals(hashes(f.game().history().subList(0, k + 1)), hashes(fork.history()), "turn " + k);
            assertNotSame(f.game().state(), fork.state());
        }
        Game full = f.forkAt(5);
        assertEquals(f.game().hash(), full.hash());
        // the fork is independent: playing it leaves the original alone
        String h = f.game().hash();
        f.forkAt(1).resolve(Map.of());
        assertEquals(h, f.game().hash());
    }

    @Test
    void parameterEditIsLoggedWithTurnAndOldAndNewValue() {
        Facilitator f = newFacilitator();
        Fixtures.play(f, 1);
        f.setParameter(ParameterKey.PRICE_ADJUST_SPEED, 0.8, "markets overreact");
        String line = f.log().get(f.log().size() - 1);
        assertEquals("turn 2: parameter priceAdjustSpeed 0.5 -> 0.8: markets overreact", line);
        assertEquals(0.8, f.game().scenario().parameters().get(ParameterKey.PRICE_ADJUST_SPEED));
        assertThrows(IllegalArgumentException.class, () -> f.setParameter(ParameterKey.PRICE_ADJUST_SPEED, 3, ""));
    }

    @Test
    void injectAppliesAndAppearsInNews() {
        Facilitator f = newFacilitator();
        Fixtures.play(f, 1);
        double tension = f.game().state().tension;
        Facilitator.InjectResult r = f.injectNow(Fixtures.tensionInject("crisis", 10));
        assertTrue(r.applied());
        assertEquals(Math.min(100, tension + 10), f.game().state().tension, 1e-9);
        assertTrue(f.game().view("JPN").briefingNews().stream()
                .anyMatch(n -> n.key().equals("news.event") && n.args().contains(r.eventId())));
        TurnRecord next = f.resolve(Map.of());
        assertTrue(next.news.stream().anyMatch(n -> n.args().contains(r.eventId()) && n.audience().isEmpty()));
        assertTrue(f.log().contains("turn 2: inject " + r.eventId()));
    }

    @Test
    void injectWithUnknownIdsIsReportedNotApplied() {
        Facilitator f = newFacilitator();
        String h = f.game().hash();
        Inject bad = new Inject("bad", Fixtures.heliumOutage().title(), Fixtures.heliumOutage().text(),
                List.of(new chokepoint.engine.scenario.EffectDef(chokepoint.engine.scenario.EffectKind.CAPACITY_SHOCK,
                        "XXX", null, "unobtainium", "refining", null, 0.5, 1)), "test");
        Facilitator.InjectResult r = f.injectNow(bad);
        assertFalse(r.applied());
        assertEquals(2, r.problems().size(), r.problems().toString());
        assertEquals(h, f.game().hash());
        assertFalse(f.problems().isEmpty());
    }

    @Test
    void pausedGameRefusesToResolve() {
        Facilitator f = newFacilitator();
        f.pause();
        assertThrows(IllegalStateException.class, () -> f.resolve(Map.of()));
        f.resume();
        f.resolve(Map.of());
        assertEquals(1, f.game().turnsPlayed());
        assertTrue(f.log().stream().anyMatch(l -> l.contains("paused")));
    }

    @Test
    void passwordIsStoredOnlyAsSaltedHash() {
        Facilitator f = newFacilitator();
        assertTrue(f.unlock("anything".toCharArray()), "no password set: open");
        f.setPassword("white-cell".toCharArray());
        assertTrue(f.isProtected());
        assertFalse(f.unlock("wrong".toCharArray()));
        assertTrue(f.unlock("white-cell".toCharArray()));
        FacilitatorPassword p = f.data().password();
        assertFalse(p.toString().contains("white-cell"));
        assertFalse(p.hash().contains("white-cell"));
        FacilitatorPassword other = FacilitatorPassword.create("white-cell".toCharArray());
        assertNotEquals(p.salt(), other.salt(), "salted");
        assertNotEquals(p.hash(), other.hash());
    }

    @Test
    void submittedOrdersShowEverySeatWithReasons() {
        Facilitator f = newFacilitator();
        f.recordReasons("CHN", List.of(Reason.plain("nothing to gain this turn")));
        f.journal().write(new JournalEntry(1, "JPN", "survey starts", null));
        f.resolve(Fixtures.orders(f.game()));
        List<SeatOrders> seen = f.submittedOrders(1);
        assertTrue(seen.stream().anyMatch(s -> s.seat().equals("USA") && !s.orders().isEmpty()));
        assertTrue(seen.stream().anyMatch(s -> s.seat().equals("CHN") && s.reasons().size() == 1));
        assertTrue(seen.stream().anyMatch(s -> s.seat().equals("JPN") && s.journal() != null));
    }

    @Test
    void facilitatorDataRestoresScheduleJournalAndPassword() {
        Facilitator f = newFacilitator();
        f.setPassword("pw".toCharArray());
        f.schedule().add(4, Fixtures.tensionInject("later", 3));
        f.journal().write(new JournalEntry(1, "JPN", "x", Expectation.tension(Expectation.Direction.UP)));
        f.pause();
        Facilitator g = new Facilitator(f.game(), f.data());
        assertTrue(g.isPaused());
        assertTrue(g.unlock("pw".toCharArray()));
        assertEquals(f.schedule().entries(), g.schedule().entries());
        assertEquals(f.journal().entries(), g.journal().entries());
        assertEquals("s2", g.schedule().add(5, Fixtures.tensionInject("more", 1)).key());
    }

    private static List<String> hashes(List<TurnRecord> records) {
        return records.stream().map(r -> r.stateHash).toList();
    }
}
