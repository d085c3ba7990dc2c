package chokepoint.engine;

import chokepoint.engine.state.TurnRecord;
import org.junit.jupiter.api.Test;

import java.util.Map;

class SmokeTest {
    @Test
    void playsAGame() {
        Game g = Game.start(TinyScenario.build(), 1);
        TurnRecord r0 = g.history().get(0);
        print(g, r0);
        while (!g.isOver()) {
            TurnRecord r = g.resolve(Map.of());
            print(g, r);
        }
    }

    @Test
    void ban() {
        Game g = Game.start(TinyScenario.build(), 1);
        g.resolve(Map.of());
        var ban = new chokepoint.engine.order.Order.ImposeExportControl("CHN", "ndpr", "refining",
                chokepoint.engine.state.ControlMode.BAN, chokepoint.engine.state.Target.actors("JPN"), 0);
        System.out.println(g.validate(ban));
        System.out.println(g.preview("CHN", java.util.List.of(), ban));
        for (int i = 0; i < 3; i++) {
            TurnRecord r = g.resolve(i == 0 ? Map.of("CHN", java.util.List.of(ban)) : Map.of());
            print(g, r);
            System.out.println("  leverage CHN>JPN " + r.leverage[0][1] + " terms " + r.leverageTerms);
        }
    }

    static void print(Game g, TurnRecord r) {
        var sc = g.scenario();
        StringBuilder sb = new StringBuilder("turn " + r.turn + " " + r.label + " hash " + r.stateHash.substring(0, 8) + "\n");
        for (int m = 0; m < sc.marketCount(); m++) sb.append("  ").append(sc.market(m).key()).append(" price ").append(r.price[m]).append(" out ").append(r.outsidePrice[m]).append('\n');
        for (int a = 0; a < sc.actorCount(); a++) {
            sb.append("  ").append(sc.actors().get(a).id()).append(" gdp ").append(String.format("%.2f", r.gdpIndex[a])).append(" score ").append(String.format("%.1f", r.score[a]));
            for (int m = 0; m < sc.marketCount(); m++) sb.append(String.format(" [%s p%.0f u%.0f s%.0f imp%.0f]", sc.market(m).stage(), r.production[a][m], r.use[a][m], r.shortage[a][m], r.imports[a][m]));
            sb.append('\n');
        }
        sb.append("  news ").append(r.news).append('\n');
        System.out.print(sb);
    }
}
