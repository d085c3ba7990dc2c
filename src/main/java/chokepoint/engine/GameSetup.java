package chokepoint.engine;

import chokepoint.engine.resolve.Effects;
import chokepoint.engine.resolve.EventStep;
import chokepoint.engine.resolve.TurnResolver;
import chokepoint.engine.scenario.ActorDef;
import chokepoint.engine.scenario.AllianceDef;
import chokepoint.engine.scenario.CapacityDef;
import chokepoint.engine.scenario.EffectDef;
import chokepoint.engine.scenario.RelationDef;
import chokepoint.engine.scenario.Scenario;
import chokepoint.engine.scenario.StockDef;
import chokepoint.engine.state.DrawRule;
import chokepoint.engine.state.GameState;
import chokepoint.engine.state.Rng;

import java.util.ArrayList;
import java.util.List;

/** Builds the state at the start of a game from a scenario and a seed. */
final class GameSetup {
    private GameSetup() {}

    static GameState create(Scenario sc, long seed, boolean hashTurns, DrawRule draws) {
        GameState s = new GameState(sc, seed);
        s.drawRule = draws;
        int n = sc.actorCount();
        for (int a = 0; a < n; a++) {
            ActorDef ad = sc.actors().get(a);
            s.budget[a] = ad.budget().value();
            s.gdpIndex[a] = 100;
            java.util.Arrays.fill(s.demandFactor[a], 1.0);
            for (CapacityDef cd : ad.capacities()) {
                s.capacity[a][sc.marketIndex(cd.commodity(), cd.stage())] += cd.annual().value() * cd.utilisation();
            }
            for (StockDef st : ad.stockpiles()) {
                s.stock[a][sc.marketIndex(st.commodity(), st.stage())] += st.quantity().value();
            }
        }
        for (RelationDef r : sc.relations()) {
            int a = sc.actorIndex(r.a());
            int b = sc.actorIndex(r.b());
            s.relation[a][b] = r.value().value();
            s.relation[b][a] = r.value().value();
        }
        for (AllianceDef al : sc.alliances()) {
            for (String x : al.members()) {
                for (String y : al.members()) {
                    if (!x.equals(y)) s.allied[sc.actorIndex(x)][sc.actorIndex(y)] = true;
                }
            }
        }
        for (int m = 0; m < sc.marketCount(); m++) {
            s.price[m] = sc.market(m).referencePrice().value();
            s.outsidePrice[m] = s.price[m];
        }
        s.tension = sc.initialTension().value();
        for (EffectDef e : sc.initialPolicies()) Effects.apply(s, e, null, 1, "initial");
        // Turn 0 shows the sourced starting position, before the first turn's scripted events take effect.
        s.history.add(TurnResolver.baseline(s, hashTurns));
        Rng rng = new Rng(s.rngState);
        List<String> fired = new ArrayList<>();
        EventStep.fire(s, 1, rng, s.pendingNews, fired);
        s.rngState = rng.state();
        return s;
    }
}
