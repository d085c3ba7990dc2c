package chokepoint.facilitator;

import chokepoint.engine.Game;
import chokepoint.engine.scenario.ParameterKey;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The facilitator's log is kept in the replay's fixed English and shown worded in English or Japanese. */
class LogTextTest {
    @Test
    void everyKindOfLineIsWordedInBothLanguagesAndTheLogItselfIsUnchanged() {
        Facilitator f = new Facilitator(Game.start(Fixtures.scenario2025(), 7));
        f.fireDueInjects();
        Fixtures.play(f, 1);
        f.pause();
        f.resume();
        Facilitator.InjectResult inject = f.injectNow(Fixtures.tensionInject("crisis", 10));
        f.setParameter(ParameterKey.PRICE_ADJUST_SPEED, 0.8, "markets overreact");
        f.setParameter(ParameterKey.TENSION_DECAY, 2, "");
        f.resolve(Map.of());
        f.rollbackLastTurn();
        Game fork = f.forkAt(1);
        fork.state().editLog.add("turn 9: something a later version wrote");
        List<String> raw = List.copyOf(fork.state().editLog);

        List<String> en = LogText.lines(fork, "en");
        List<String> ja = LogText.lines(fork, "ja");
        assertEquals(raw, fork.state().editLog, "the log the replay reads is not touched");
        assertEquals(raw.size(), en.size());
        assertTrue(en.contains("Turn 2: paused by the facilitator"), en.toString());
        assertTrue(en.contains("Turn 2: inject \"Test crisis\""), en + " / " + inject.eventId());
        assertTrue(en.contains("Turn 2: parameter priceAdjustSpeed changed from 0.5 to 0.8 (markets overreact)"), en.toString());
        assertTrue(en.stream().anyMatch(l -> l.startsWith("Turn 2: parameter tensionDecay changed from ") && l.endsWith(" to 2")), en.toString());
        assertTrue(en.contains("Turn 2: forked from the game at turn 1"), en.toString());
        assertTrue(en.contains("turn 9: something a later version wrote"), "unknown lines as written");

        assertTrue(ja.contains("ターン2：ファシリテーターが一時停止"), ja.toString());
        assertTrue(ja.contains("ターン2：ファシリテーターが再開"), ja.toString());
        assertTrue(ja.contains("ターン2：インジェクト「テスト crisis」"), ja.toString());
        assertTrue(ja.contains("ターン2：パラメーター priceAdjustSpeed を 0.5 から 0.8 に変更（markets overreact）"), ja.toString());
        assertTrue(ja.contains("ターン2：ターン1時点のゲームから分岐"), ja.toString());
        for (int i = 0; i < ja.size() - 1; i++) {
            assertFalse(ja.get(i).contains("facilitator") || ja.get(i).startsWith("turn "), "worded: " + ja.get(i));
        }
    }

    @Test
    void aRollbackLineIsWorded() {
        Facilitator f = new Facilitator(Game.start(Fixtures.scenario2025(), 7));
        Fixtures.play(f, 2);
        f.rollbackLastTurn();
        List<String> ja = LogText.lines(f.game(), "ja");
        assertTrue(ja.stream().anyMatch(l -> l.matches("ターン2：ファシリテーターがターン2を巻き戻し（状態 \\S+）")), ja.toString());
        List<String> en = LogText.lines(f.game(), "en");
        assertTrue(en.stream().anyMatch(l -> l.matches("Turn 2: the facilitator rolled back turn 2 \\(state \\S+\\)")), en.toString());
    }
}
