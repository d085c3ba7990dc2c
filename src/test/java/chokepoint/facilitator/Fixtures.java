package chokepoint.facilitator;

import chokepoint.engine.Game;
import chokepoint.engine.order.Order;
import chokepoint.engine.scenario.EffectDef;
import chokepoint.engine.scenario.EffectKind;
import chokepoint.engine.scenario.Scenario;
import chokepoint.engine.scenario.Text;
import chokepoint.engine.state.ControlMode;
import chokepoint.engine.state.Target;
import chokepoint.scenario.ScenarioLoader;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The bundled 2025 scenario and a few varied orders per turn, for facilitator tests. */
final class Fixtures {
    private static Scenario scenario;

    private Fixtures() {}

    static synchronized Scenario scenario2025() {
        if (scenario == null) {
            try {
                scenario = ScenarioLoader.loadBundled("2025");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return scenario;
    }

    static Map<String, List<Order>> orders(Game g) {
        int t = g.currentTurn();
        Map<String, List<Order>> m = new LinkedHashMap<>();
        m.put("JPN", List.of(new Order.BuyStockpile("JPN", "ndpr", "refining", 50 + 10 * t)));
        if (t == 1) m.put("JPN", List.of(new Order.StartResearch("JPN", "mtori_survey")));
        m.put("USA", List.of(new Order.HoldSummit("USA", t % 2 == 0 ? "JPN" : "AUS")));
        if (t == 2) {
            m.put("CHN", List.of(new Order.ImposeExportControl("CHN", "gallium", "refining", ControlMode.LICENCE,
                    Target.actors("USA"), 0)));
        }
        return m;
    }

    /** Plays {@code turns} turns through the facilitator. */
    static void play(Facilitator f, int turns) {
        for (int i = 0; i < turns; i++) f.resolve(orders(f.game()));
    }

    static Inject tensionInject(String id, double delta) {
        return new Inject(id, new Text("Test " + id, "テスト " + id), new Text("text", "本文"),
                List.of(new EffectDef(EffectKind.TENSION, null, null, null, null, null, delta, 0)), "test");
    }

    static Inject heliumOutage() {
        return new Inject("qatar_test", new Text("Qatar outage", "カタール停止"), new Text("t", "t"),
                List.of(new EffectDef(EffectKind.CAPACITY_SHOCK, "QAT", null, "helium", "refining", null, 0.3, 2)),
                "DATA §14");
    }
}
