package chokepoint.ai;

import chokepoint.engine.Game;
import chokepoint.engine.scenario.ActorDef;
import chokepoint.engine.scenario.ActorKind;
import chokepoint.engine.scenario.EffectDef;
import chokepoint.engine.scenario.ObjectiveDef;
import chokepoint.engine.scenario.ProjectDef;
import chokepoint.engine.scenario.Scenario;
import chokepoint.engine.state.ControlMode;
import chokepoint.engine.state.ExportControl;
import chokepoint.engine.state.Flow;
import chokepoint.engine.state.GameState;
import chokepoint.engine.state.ObjectiveStatus;
import chokepoint.engine.state.Proposal;
import chokepoint.engine.state.Research;
import chokepoint.engine.state.ResearchStatus;
import chokepoint.engine.state.Target;
import chokepoint.engine.state.TradeZone;
import chokepoint.engine.state.TurnRecord;
import chokepoint.engine.view.SeatView;

import java.util.ArrayList;
import java.util.List;

/**
 * What one seat knows at the start of a turn, condensed for the AI: its own figures exactly (stock, budget,
 * capacity, research), the public figures of the last turn record (its stockpiles, budgets and news are left out:
 * {@code rec.stock} and {@code rec.budget} are null), and the public facts (controls, zones, tariffs, relations,
 * prices, flows). It never reads another actor's true stockpile, budget or running research.
 */
final class SeatFacts {
    final Game game;
    final GameState st;
    final Scenario sc;
    final SeatView view;
    final TurnRecord rec;
    final String me;
    final int i;
    final int n;
    final int mk;
    final ActorDef def;
    final double daysPerTurn;
    final int periodsPerYear;
    final int turn;
    final int turnsLeft;
    final double budget;
    /** My need per turn in each market: direct demand plus what my plants use as input. */
    final double[] need;
    final double[] stockDays;
    final double[] shortageShare;
    /** [market * n + seller] my imports per turn (one flat table: this was the largest allocation of a decision). */
    private final double[] importsFrom;
    /** [market * n + buyer] my exports per turn. */
    private final double[] exportsTo;
    /** Total supply reaching me (own production included) per market. */
    final double[] supplyTotal;
    final int[] topForeign;
    final double[] topForeignShare;
    /** Export revenue last turn, US$ bn. */
    final double revenue;
    final double[] relation;
    final boolean[] allied;
    final List<ObjectiveDef> objectives;
    final List<ObjectiveStatus> objectiveStatus;
    // asked per actor and market many times by the generators, so worked out once per decision
    /** [actor] whether it holds a control that reaches me. */
    private final boolean[] controlsMe;
    /** [market] whether I build there or proposed to host a plant there. */
    private final boolean[] constructing;
    private final List<Research> myResearch;
    /** [actor] whether it shares a trade zone with me. */
    private final boolean[] sameZone;
    /** [market] whether a control by another actor reaches me there. */
    private final boolean[] controlledOnMe;
    /** [objective] market index of each of my objectives (asked per market and candidate). */
    private final int[] objectiveMarket;
    /** The scenario's lookups shared by the game's seats, or null (then worked out where asked). */
    private final ScenarioIndex index;
    /** [objective] its status in the last record (first match by id), null if none. */
    private final ObjectiveStatus[] objectiveStatusOf;
    /** [market] my own control there (the first in force), null if none. */
    /** My controls in force per market (null where none). */
    private final List<ExportControl>[] myControls;
    /** [actor] whether it is a member of any trade zone. */
    private final boolean[] inAnyZone;
    /** Proposals to me and from me, read once per decision (the view builds a new list per call). */
    final List<Proposal> proposalsToMe;
    final List<Proposal> proposalsFromMe;

    SeatFacts(Game game, String actor) {
        this(game, actor, null);
    }

    /** {@code shared}: what the seats of this game share (null: work everything out for this seat alone). */
    SeatFacts(Game game, String actor, SharedFacts shared) {
        this.game = game;
        this.st = game.state();
        this.sc = game.scenario();
        this.view = game.view(actor);
        this.rec = view.lastPublicRecord();
        this.me = actor;
        this.i = sc.actorIndex(actor);
        this.n = sc.actorCount();
        this.mk = sc.marketCount();
        this.def = sc.actors().get(i);
        this.daysPerTurn = sc.calendar().daysPerTurn();
        this.periodsPerYear = sc.calendar().periodsPerYear();
        this.turn = game.currentTurn();
        this.turnsLeft = sc.calendar().turns() - game.turnsPlayed();
        this.budget = view.budget();
        need = new double[mk];
        stockDays = new double[mk];
        shortageShare = new double[mk];
        importsFrom = new double[mk * n];
        exportsTo = new double[mk * n];
        supplyTotal = new double[mk];
        topForeign = new int[mk];
        topForeignShare = new double[mk];
        // my flows only, each group in the record's order (the same sums as a scan of all flows)
        FlowIndex flows = shared == null ? FlowIndex.ofActor(rec.flows, n, i) : shared.flows(rec.flows, n);
        for (Flow f : flows.boughtBy(i)) {
            supplyTotal[f.market()] += f.quantity();
            if (f.seller() != i) importsFrom[f.market() * n + f.seller()] += f.quantity();
        }
        for (Flow f : flows.soldBy(i)) {
            if (f.buyer() != i) exportsTo[f.market() * n + f.buyer()] += f.quantity();
        }
        for (int m = 0; m < mk; m++) {
            need[m] = rec.demand[i][m] + Math.max(0, rec.use[i][m] - rec.demand[i][m]);
            double perDay = need[m] / daysPerTurn;
            stockDays[m] = perDay <= 0 ? 0 : st.stock[i][m] / perDay;
            shortageShare[m] = rec.shortageShare(i, m);
            int best = -1;
            int row = m * n;
            for (int s = 0; s < n; s++) if (importsFrom[row + s] > 0 && (best < 0 || importsFrom[row + s] > importsFrom[row + best])) best = s;
            topForeign[m] = best;
            double total = supplyTotal[m] + rec.recycled[i][m];
            topForeignShare[m] = best < 0 || total <= 0 ? 0 : importsFrom[row + best] / total;
        }
        revenue = rec.exportRevenue[i];
        relation = st.relation[i].clone();
        allied = st.allied[i].clone();
        objectives = def.objectives();
        objectiveStatus = rec.objectives.size() > i ? rec.objectives.get(i) : List.of();
        // one pass over the controls in force: which reach me (each target tested once), and my own per market
        controlsMe = new boolean[n];
        controlledOnMe = new boolean[mk];
        @SuppressWarnings("unchecked")
        List<ExportControl>[] mine0 = new List[mk];
        myControls = mine0;
        for (ExportControl x : st.controls) {
            boolean mine = x.controller().equals(me);
            boolean inRange = x.market() >= 0 && x.market() < mk;
            if (mine && inRange) {
                if (myControls[x.market()] == null) myControls[x.market()] = new ArrayList<>(2);
                myControls[x.market()].add(x);
            }
            if (!targets(x.target(), me)) continue;
            int c = sc.actorIndex(x.controller());
            if (c >= 0) controlsMe[c] = true;
            if (inRange && !mine) controlledOnMe[x.market()] = true;
        }
        proposalsToMe = view.proposalsToMe();
        proposalsFromMe = view.proposalsFromMe();
        constructing = new boolean[mk];
        for (var c : st.constructions) if (c.owner().equals(me) && c.market() >= 0 && c.market() < mk) constructing[c.market()] = true;
        for (var p : proposalsFromMe) {
            if (p.kind() == chokepoint.engine.state.ProposalKind.HOSTED_INVESTMENT && p.market() >= 0 && p.market() < mk) constructing[p.market()] = true;
        }
        myResearch = view.research(me);
        // zone membership from the zones' member lists (as GameState.inSameZone / zonesOf answer per actor)
        sameZone = new boolean[n];
        inAnyZone = new boolean[n];
        for (TradeZone z : st.zones) {
            boolean withMe = z.members.contains(me);
            for (String member : z.members) {
                int a = sc.actorIndex(member);
                if (a < 0) continue;
                inAnyZone[a] = true;
                if (withMe) sameZone[a] = true;
            }
        }
        index = shared == null ? null : shared.scenario(sc);
        objectiveMarket = new int[objectives.size()];
        objectiveStatusOf = new ObjectiveStatus[objectives.size()];
        for (int k = 0; k < objectiveMarket.length; k++) {
            objectiveMarket[k] = index == null ? marketOf(objectives.get(k)) : index.objectiveMarket(i, k);
            objectiveStatusOf[k] = findStatus(objectives.get(k));
        }
    }

    String id(int a) { return sc.actors().get(a).id(); }

    String key(int m) { return sc.marketKey(m); }

    ActorKind kind(int a) { return sc.actors().get(a).kind(); }

    boolean playable(int a) { return sc.actors().get(a).playable(); }

    boolean friend(int a) { return a != i && (allied[a] || relation[a] >= 30 || sameZone[a]); }

    /** Whether {@code a} and I are members of one trade zone. */
    boolean inSameZone(int a) { return sameZone[a]; }

    boolean hostile(int a) { return a != i && !allied[a] && relation[a] < 0; }

    /** My imports per turn from a seller in a market (own production excluded). */
    double imports(int m, int seller) { return importsFrom[m * n + seller]; }

    /** Value of my exports to a buyer in a market last turn, US$ bn. */
    double exportValue(int m, int buyer) { return exportsTo[m * n + buyer] * rec.price[m] / 1e9; }

    double exportValueAll(int m) {
        double v = 0;
        for (int b = 0; b < n; b++) v += exportValue(m, b);
        return v;
    }

    double referencePrice(int m) { return sc.market(m).referencePrice().value(); }

    /** Whether a control in force by another actor reaches me in market m ({@link #controlsOnMe} is not empty). */
    boolean controlledOnMe(int m) { return controlledOnMe[m]; }

    /** Controls in force by others that reach me in market m. */
    List<ExportControl> controlsOnMe(int m) {
        List<ExportControl> out = new ArrayList<>();
        for (ExportControl c : st.controls) {
            if (c.market() == m && !c.controller().equals(me) && targets(c.target(), me)) out.add(c);
        }
        return out;
    }

    boolean targets(Target t, String actorId) {
        return t.reaches(st, actorId);
    }

    /**
     * Whether my controls in force in market m already reach every one of {@code targets} with {@code mode} or a
     * ban. All of them count, not only the first: a scenario's standing quota on everyone and a licence I added
     * later are both in force, and asking again for what is in force only renews it (news, tension, its age).
     */
    boolean myControlsCover(int m, List<String> targets, ControlMode mode) {
        if (m < 0 || m >= mk || myControls[m] == null) return false;
        for (String t : targets) {
            boolean covered = false;
            for (ExportControl x : myControls[m]) {
                if ((x.mode() == mode || x.mode() == ControlMode.BAN) && targets(x.target(), t)) { covered = true; break; }
            }
            if (!covered) return false;
        }
        return true;
    }

    /** Whether actor {@code a} is a member of any trade zone (GameState.zonesOf(id(a)) is not empty). */
    boolean inAnyZone(int a) { return inAnyZone[a]; }

    /** Whether actor {@code c} holds any control that reaches me. */
    boolean controlsMe(int c) {
        return controlsMe[c];
    }

    ObjectiveStatus status(ObjectiveDef o) {
        for (int k = 0; k < objectiveStatusOf.length; k++) if (objectives.get(k) == o) return objectiveStatusOf[k];
        return findStatus(o);
    }

    private ObjectiveStatus findStatus(ObjectiveDef o) {
        for (ObjectiveStatus s : objectiveStatus) if (s.objective().equals(o.id())) return s;
        return null;
    }

    boolean unmet(ObjectiveDef o) {
        ObjectiveStatus s = status(o);
        return s == null || !s.met();
    }

    /** The status of my k-th objective ({@link #objectives}), null if the record has none. */
    ObjectiveStatus status(int k) { return objectiveStatusOf[k]; }

    /** Whether my k-th objective is not met. */
    boolean unmet(int k) {
        ObjectiveStatus s = objectiveStatusOf[k];
        return s == null || !s.met();
    }

    /** Market index of my k-th objective, -1 if it names none. */
    int market(int k) { return objectiveMarket[k]; }

    int market(ObjectiveDef o) {
        for (int k = 0; k < objectiveMarket.length; k++) if (objectives.get(k) == o) return objectiveMarket[k];
        return marketOf(o);
    }

    private int marketOf(ObjectiveDef o) {
        return ScenarioIndex.marketOf(sc, o);
    }

    /** Whether I may run project {@code p} (index {@code k} in {@code sc.projects()}). */
    boolean eligible(int k, ProjectDef p) {
        return index != null ? index.eligible(k, i) : p.eligible().isEmpty() || p.eligible().contains(me);
    }

    /** Market of effect {@code e} (index {@code ek}) of project {@code k}, -1 if it names none. */
    int effectMarket(int k, int ek, EffectDef e) {
        return index != null ? index.effectMarket(k, ek) : ScenarioIndex.marketOf(sc, e);
    }

    ResearchStatus researchStatus(String project) {
        ResearchStatus out = null;
        for (Research r : myResearch) if (r.project().equals(project)) out = r.status();
        return out;
    }

    /** My research in any state (the seat view's list, read once per decision). */
    List<Research> myResearch() {
        return myResearch;
    }

    int runningResearch() {
        int k = 0;
        for (Research r : myResearch) if (r.status() == ResearchStatus.RUNNING) k++;
        return k;
    }

    boolean constructing(int m) {
        return m >= 0 && m < mk && constructing[m];
    }

    /** My own orders given {@code back} turns ago (1 = last turn), empty if none (others' orders stay hidden). */
    List<chokepoint.engine.order.Order> myOrders(int back) {
        int idx = st.orderLog.size() - back;
        if (back < 1 || idx < 0) return List.of();
        return st.orderLog.get(idx).getOrDefault(me, List.of());
    }

    double worldProduction(int m) {
        double w = 0;
        for (int a = 0; a < n; a++) w += rec.production[a][m];
        return w;
    }
}
