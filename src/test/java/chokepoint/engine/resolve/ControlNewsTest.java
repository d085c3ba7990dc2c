package chokepoint.engine.resolve;

import chokepoint.engine.Game;
import chokepoint.engine.TinyScenario;
import chokepoint.engine.state.ControlMode;
import chokepoint.engine.state.ExportControl;
import chokepoint.engine.state.GameState;
import chokepoint.engine.state.Target;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Output-loss news name the control that reaches the buyer, not the controller's first control in the market. */
class ControlNewsTest {
    @Test
    void theControlReachingTheBuyerIsNamed() {
        GameState s = Game.start(TinyScenario.build(), 1).state();
        int m = s.scenario.marketIndex("ndpr", "refining");
        s.controls.clear();
        s.controls.add(new ExportControl("CHN", m, ControlMode.QUOTA, Target.all(), 0.9, 1, 0));
        s.controls.add(new ExportControl("CHN", m, ControlMode.BAN, Target.actors("JPN"), 0, 1, 0));
        s.controls.add(new ExportControl("CHN", m, ControlMode.QUOTA, Target.actors("AUS"), 0.2, 1, 0));
        TurnContext c = new TurnContext(s, Map.of());
        TradeRules rules = new TradeRules(c);
        assertEquals(ControlMode.BAN, Explanations.controlOn(c, rules, "CHN", m, "JPN").mode());
        assertEquals(0.9, Explanations.controlOn(c, rules, "CHN", m, "USA").quotaShare(), 1e-12);
        // two quotas reach Australia: the one that lets less through is the one the market applies
        assertEquals(0.2, Explanations.controlOn(c, rules, "CHN", m, "AUS").quotaShare(), 1e-12);
        assertNull(Explanations.controlOn(c, rules, "CHN", s.scenario.marketIndex("ndpr", "mining"), "JPN"), "no control there: a sanction");
        assertNull(Explanations.controlOn(c, rules, "USA", m, "JPN"));
    }
}
