package chokepoint.ai;

import chokepoint.engine.scenario.ActorDef;
import chokepoint.engine.scenario.EffectDef;
import chokepoint.engine.scenario.ObjectiveDef;
import chokepoint.engine.scenario.ProjectDef;
import chokepoint.engine.scenario.Scenario;

import java.util.List;

/**
 * Market indices and eligibility the baseline AI looks up by id in every decision (objective and research-effect
 * markets, who may run a project), worked out once per scenario. Scenarios do not change, so the seats of a game
 * share one ({@link SharedFacts}).
 */
final class ScenarioIndex {
    final Scenario sc;
    /** [actor][objective] market of each objective of the actor's definition, -1 if it names none. */
    private final int[][] objectiveMarket;
    /** [project][effect] market of each effect, -1 if it names none. */
    private final int[][] effectMarket;
    /** [project][actor] whether the actor may run the project. */
    private final boolean[][] eligible;

    ScenarioIndex(Scenario sc) {
        this.sc = sc;
        List<ActorDef> actors = sc.actors();
        objectiveMarket = new int[actors.size()][];
        for (int a = 0; a < actors.size(); a++) {
            List<ObjectiveDef> objectives = actors.get(a).objectives();
            objectiveMarket[a] = new int[objectives.size()];
            for (int k = 0; k < objectives.size(); k++) objectiveMarket[a][k] = marketOf(sc, objectives.get(k));
        }
        List<ProjectDef> projects = sc.projects();
        effectMarket = new int[projects.size()][];
        eligible = new boolean[projects.size()][actors.size()];
        for (int p = 0; p < projects.size(); p++) {
            ProjectDef def = projects.get(p);
            List<EffectDef> effects = def.effects();
            effectMarket[p] = new int[effects.size()];
            for (int e = 0; e < effects.size(); e++) {
                effectMarket[p][e] = marketOf(sc, effects.get(e));
            }
            for (int a = 0; a < actors.size(); a++) {
                eligible[p][a] = def.eligible().isEmpty() || def.eligible().contains(actors.get(a).id());
            }
        }
    }

    static int marketOf(Scenario sc, ObjectiveDef o) {
        return o.commodity() == null || o.stage() == null ? -1 : sc.marketIndex(o.commodity(), o.stage());
    }

    static int marketOf(Scenario sc, EffectDef e) {
        return e.commodity() == null || e.stage() == null ? -1 : sc.marketIndex(e.commodity(), e.stage());
    }

    /** Market of actor a's k-th objective (its definition's order), -1 if none. */
    int objectiveMarket(int a, int k) { return objectiveMarket[a][k]; }

    /** Market of project p's e-th effect ({@code sc.projects()} order), -1 if none. */
    int effectMarket(int p, int e) { return effectMarket[p][e]; }

    /** Whether actor a may run project p. */
    boolean eligible(int p, int a) { return eligible[p][a]; }
}
