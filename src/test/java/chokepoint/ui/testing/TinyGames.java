package chokepoint.ui.testing;

import chokepoint.engine.Game;
import chokepoint.engine.TinyScenario;
import chokepoint.engine.order.Order;
import chokepoint.engine.scenario.ActorDef;
import chokepoint.engine.scenario.Scenario;
import chokepoint.engine.state.ControlMode;
import chokepoint.engine.state.Target;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** TinyScenario games for the screen tests: countries on the map, and a Chinese ban on refined NdPr to Japan. */
public final class TinyGames {
    public static final Map<String, String> MAP_IDS = Map.of("CHN", "156", "JPN", "392", "USA", "840", "AUS", "036");

    private TinyGames() {}

    /** TinyScenario with one country per actor on the map. */
    public static Scenario mapped() {
        Scenario s = TinyScenario.build();
        List<ActorDef> actors = new ArrayList<>();
        for (ActorDef a : s.actors()) {
            actors.add(new ActorDef(a.id(), a.name(), a.kind(), a.playable(), MAP_IDS.containsKey(a.id()) ? List.of(MAP_IDS.get(a.id())) : List.of(), a.gdp(),
                    a.budget(), a.income(), a.actionPoints(), a.hostsInvestment(), a.capacities(), a.demands(),
                    a.stockpiles(), a.sectorShares(), a.objectives()));
        }
        return new Scenario(s.id(), s.name(), s.description(), s.calendar(), s.defaultSeed(), s.parameters(), s.stages(),
                s.sectors(), s.commodities(), actors, s.relations(), s.alliances(), s.tradeTies(), s.initialTension(),
                s.initialPolicies(), s.projects(), s.events());
    }

    public static Order.ImposeExportControl ban() {
        return new Order.ImposeExportControl("CHN", "ndpr", "refining", ControlMode.BAN, Target.actors("JPN"), 0);
    }

    /** One quiet turn, then the ban, then {@code after} more quiet turns. */
    public static Game withBan(Scenario s, int after) {
        Game g = Game.start(s, 1);
        g.resolve(Map.of());
        g.resolve(Map.of("CHN", List.of(ban())));
        for (int i = 0; i < after; i++) g.resolve(Map.of());
        return g;
    }

    /** Plays to the end with the ban in turn 2. */
    public static Game fullGame(Scenario s) {
        Game g = withBan(s, 0);
        while (!g.isOver()) g.resolve(Map.of());
        return g;
    }
}
