package chokepoint.persistence;

import chokepoint.engine.Game;
import chokepoint.engine.TinyScenario;
import chokepoint.engine.order.Order;
import chokepoint.engine.scenario.Scenario;
import chokepoint.engine.state.ControlMode;
import chokepoint.engine.state.Target;
import chokepoint.engine.state.ZoneRule;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/** Games with a varied state (controls, zones, proposals, research, construction, stockpiles) for the tests. */
final class TestGames {
    private TestGames() {}

    static Map<String, List<Order>> ordersFor(int turn) {
        return switch (turn) {
            case 1 -> Map.of(
                    "CHN", List.of(new Order.ImposeExportControl("CHN", "ndpr", "refining", ControlMode.LICENCE, Target.actors("JPN", "USA"), 0)),
                    "USA", List.of(new Order.FoundZone("USA", "Minerals Club", EnumSet.of(ZoneRule.TRUSTED_SUPPLY, ZoneRule.PRICE_FLOOR), 0.8, 0.1),
                            new Order.StartResearch("USA", "recycling")),
                    "JPN", List.of(new Order.SetStockpileTarget("JPN", "ndpr", "refining", 60)));
            case 2 -> Map.of(
                    "JPN", List.of(new Order.Invest("JPN", "AUS", "ndpr", "refining", 100),
                            new Order.BuyStockpile("JPN", "ndpr", "component", 20)),
                    "USA", List.of(new Order.InviteToZone("USA", "zone-1", "JPN"), new Order.SetTariff("USA", "CHN", "ndpr", 0.25)));
            case 3 -> Map.of("CHN", List.of(new Order.ImposeExportControl("CHN", "ndpr", "refining", ControlMode.QUOTA, Target.all(), 0.5),
                    new Order.HoldSummit("CHN", "AUS")),
                    "AUS", List.of(new Order.RespondToProposal("AUS", "proposal-2", true)));
            default -> Map.of();
        };
    }

    /** A Tiny game with orders, played {@code turns} turns. */
    static Game tiny(int turns) {
        return play(TinyScenario.build(), 42, turns);
    }

    static Game play(Scenario sc, long seed, int turns) {
        Game g = Game.start(sc, seed);
        for (int t = 1; t <= turns && !g.isOver(); t++) g.resolve(ordersFor(t));
        return g;
    }
}
