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
        TurnContext c = new TurnContext(s, Map.of());
        assertEquals(ControlMode.BAN, Explanations.controlOn(c, "CHN", m, "JPN").mode());
        assertEquals(ControlMode.QUOTA, Explanations.controlOn(c, "CHN", m, "USA").mode());
        assertNull(Explanations.controlOn(c, "CHN", s.scenario.marketIndex("ndpr", "mining"), "JPN"), "no control there: a sanction");
        assertNull(Explanations.controlOn(c, "USA", m, "JPN"));
    }
}
