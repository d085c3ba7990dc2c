package chokepoint.scenario;

import chokepoint.engine.scenario.ActorDef;
import chokepoint.engine.scenario.AllianceDef;
import chokepoint.engine.scenario.CapacityDef;
import chokepoint.engine.scenario.CommodityDef;
import chokepoint.engine.scenario.DemandDef;
import chokepoint.engine.scenario.EffectDef;
import chokepoint.engine.scenario.EffectKind;
import chokepoint.engine.scenario.EventDef;
import chokepoint.engine.scenario.MarketDef;
import chokepoint.engine.scenario.ObjectiveDef;
import chokepoint.engine.scenario.ObjectiveKind;
import chokepoint.engine.scenario.ProjectDef;
import chokepoint.engine.scenario.RelationDef;
import chokepoint.engine.scenario.Scenario;
import chokepoint.engine.scenario.SectorDef;
import chokepoint.engine.scenario.SectorShareDef;
import chokepoint.engine.scenario.StageDef;
import chokepoint.engine.scenario.StockDef;
import chokepoint.engine.scenario.TradeTieDef;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks what single fields cannot: ids are unique, every reference resolves, shares add up, projects have no
 * prerequisite cycles. Works on records that may be partly empty after reading problems (nulls are skipped:
 * they were reported already).
 */
final class ReferenceCheck {
    /** Tolerance for sums of shares written with rounded figures. */
    static final double SHARE_SUM_LIMIT = 1.0001;

    private final Scenario s;
    private final Problems problems;
    private final Map<String, Integer> stageOrder = new HashMap<>();
    private final Set<String> sectors = new HashSet<>();
    private final Set<String> commodities = new HashSet<>();
    private final Set<String> markets = new HashSet<>();
    private final Set<String> actors = new HashSet<>();
    private final Set<String> projects = new HashSet<>();

    private ReferenceCheck(Scenario s, Problems problems) {
        this.s = s;
        this.problems = problems;
    }

    static void check(Scenario scenario, Problems problems) {
        new ReferenceCheck(scenario, problems).run();
    }

    private void run() {
        collectIds();
        for (int c = 0; c < s.commodities().size(); c++) commodity(s.commodities().get(c), "$.commodities[" + c + "]");
        actors();
        relations();
        alliances();
        tradeTies();
        effects(s.initialPolicies(), "$.initialPolicies");
        oneExportControlPerMarket();
        projects();
        events();
    }

    private void collectIds() {
        List<StageDef> stageList = s.stages();
        uniqueIds(stageList, StageDef::id, "$.stages", "stage");
        for (int i = 0; i < stageList.size(); i++) stageOrder.putIfAbsent(stageList.get(i).id(), i);
        stageOrder.remove(null);
        uniqueIds(s.sectors(), SectorDef::id, "$.sectors", "sector").forEach(sectors::add);
        uniqueIds(s.commodities(), CommodityDef::id, "$.commodities", "commodity").forEach(commodities::add);
        uniqueIds(s.actors(), ActorDef::id, "$.actors", "actor").forEach(actors::add);
        uniqueIds(s.projects(), ProjectDef::id, "$.projects", "project").forEach(projects::add);
        uniqueIds(s.events(), EventDef::id, "$.events", "event");
        uniqueIds(s.alliances(), AllianceDef::id, "$.alliances", "alliance");
        for (CommodityDef c : s.commodities()) {
            for (MarketDef m : c.stages()) if (m.commodity() != null && m.stage() != null) markets.add(m.key());
        }
    }

    /** Reports repeated ids; returns the distinct non-null ids. */
    private <T> Set<String> uniqueIds(List<T> items, Function<T, String> id, String path, String what) {
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String value = id.apply(items.get(i));
            if (value != null && !seen.add(value)) {
                problems.add(path + "[" + i + "].id", "duplicate " + what + " id \"" + value + "\"");
            }
        }
        return seen;
    }

    private void commodity(CommodityDef c, String path) {
        Set<String> seen = new HashSet<>();
        int last = -1;
        for (int k = 0; k < c.stages().size(); k++) {
            String stage = c.stages().get(k).stage();
            if (stage == null) continue;
            String at = path + ".stages[" + k + "].stage";
            Integer order = stageOrder.get(stage);
            if (order == null) {
                problems.add(at, "unknown stage \"" + stage + "\" (not in $.stages)");
            } else if (!seen.add(stage)) {
                problems.add(at, "stage \"" + stage + "\" is listed twice for this commodity");
            } else if (order < last) {
                problems.add(at, "stage \"" + stage + "\" is out of chain order (the order of $.stages)");
            } else {
                last = order;
            }
        }
    }

    private void actors() {
        if (s.actors().stream().noneMatch(ActorDef::playable) && !s.actors().isEmpty()) {
            problems.add("$.actors", "at least one actor must be playable");
        }
        Map<String, String> mapOwner = new HashMap<>();
        for (int a = 0; a < s.actors().size(); a++) {
            ActorDef actor = s.actors().get(a);
            String path = "$.actors[" + a + "]";
            for (int i = 0; i < actor.mapIds().size(); i++) {
                String mapId = actor.mapIds().get(i);
                if (mapId == null) continue;
                String owner = mapOwner.putIfAbsent(mapId, actor.id());
                if (owner != null) {
                    problems.add(path + ".mapIds[" + i + "]", "map id \"" + mapId + "\" is already drawn for "
                            + (owner.equals(actor.id()) ? "this actor" : "actor " + owner));
                }
            }
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < actor.capacities().size(); i++) {
                CapacityDef c = actor.capacities().get(i);
                String at = path + ".capacities[" + i + "]";
                if (market(c.commodity(), c.stage(), at) && !seen.add(c.commodity() + "/" + c.stage())) {
                    problems.add(at, "second capacity for " + c.commodity() + "/" + c.stage() + " (list it once)");
                }
            }
            seen.clear();
            for (int i = 0; i < actor.demands().size(); i++) {
                DemandDef d = actor.demands().get(i);
                String at = path + ".demands[" + i + "]";
                boolean ok = market(d.commodity(), d.stage(), at) & sector(d.sector(), at + ".sector");
                if (ok && !seen.add(d.commodity() + "/" + d.stage() + "/" + d.sector())) {
                    problems.add(at, "second demand for " + d.commodity() + "/" + d.stage() + " by sector "
                            + d.sector() + " (list it once)");
                }
            }
            seen.clear();
            for (int i = 0; i < actor.stockpiles().size(); i++) {
                StockDef st = actor.stockpiles().get(i);
                String at = path + ".stockpiles[" + i + "]";
                if (market(st.commodity(), st.stage(), at) && !seen.add(st.commodity() + "/" + st.stage())) {
                    problems.add(at, "second stockpile of " + st.commodity() + "/" + st.stage() + " (list it once)");
                }
            }
            sectorShares(actor, path);
            objectives(actor, path);
        }
    }

    private void sectorShares(ActorDef actor, String path) {
        Set<String> seen = new HashSet<>();
        double sum = 0;
        for (int i = 0; i < actor.sectorShares().size(); i++) {
            SectorShareDef share = actor.sectorShares().get(i);
            String at = path + ".sectorShares[" + i + "].sector";
            if (sector(share.sector(), at) && !seen.add(share.sector())) {
                problems.add(at, "sector \"" + share.sector() + "\" is listed twice");
            }
            if (share.share() != null) sum += share.share().value();
        }
        if (sum > SHARE_SUM_LIMIT) {
            problems.add(path + ".sectorShares", "shares of GDP must add up to at most 1, got " + Range.fmt(sum));
        }
    }

    private void objectives(ActorDef actor, String path) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < actor.objectives().size(); i++) {
            ObjectiveDef o = actor.objectives().get(i);
            String at = path + ".objectives[" + i + "]";
            if (o.id() != null && !ids.add(o.id())) {
                problems.add(at + ".id", "duplicate objective id \"" + o.id() + "\" for this actor");
            }
            if (ActorReader.usesMarket(o.kind())) market(o.commodity(), o.stage(), at);
            if (o.kind() == ObjectiveKind.SUPPLIER_SHARE_AT_MOST && actor(o.other(), at + ".other")
                    && o.other().equals(actor.id())) {
                problems.add(at + ".other", "must be another actor than the objective's own");
            }
            if (o.kind() == ObjectiveKind.PROJECT_DONE && o.other() != null && !projects.contains(o.other())) {
                problems.add(at + ".other", "unknown project \"" + o.other() + "\"");
            }
            turnWithinGame(o.byTurn(), at + ".byTurn");
        }
    }

    private void relations() {
        Set<String> pairs = new HashSet<>();
        for (int i = 0; i < s.relations().size(); i++) {
            RelationDef r = s.relations().get(i);
            String at = "$.relations[" + i + "]";
            boolean ok = actor(r.a(), at + ".a") & actor(r.b(), at + ".b");
            if (!ok) continue;
            if (r.a().equals(r.b())) {
                problems.add(at + ".b", "a relation needs two different actors");
            } else if (!pairs.add(r.a().compareTo(r.b()) < 0 ? r.a() + "|" + r.b() : r.b() + "|" + r.a())) {
                problems.add(at, "relation " + r.a() + "–" + r.b() + " is listed twice (relations are symmetric)");
            }
        }
    }

    private void alliances() {
        for (int i = 0; i < s.alliances().size(); i++) {
            AllianceDef alliance = s.alliances().get(i);
            String at = "$.alliances[" + i + "].members";
            Set<String> members = new HashSet<>();
            for (int k = 0; k < alliance.members().size(); k++) {
                String m = alliance.members().get(k);
                if (actor(m, at + "[" + k + "]") && !members.add(m)) {
                    problems.add(at + "[" + k + "]", "actor " + m + " is listed twice");
                }
            }
            if (alliance.members().size() == 1) {
                problems.add(at, "an alliance needs at least two members");
            }
        }
    }

    private void tradeTies() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < s.tradeTies().size(); i++) {
            TradeTieDef tie = s.tradeTies().get(i);
            String at = "$.tradeTies[" + i + "]";
            boolean ok = actor(tie.importer(), at + ".importer") & market(tie.commodity(), tie.stage(), at);
            if (ok && !seen.add(tie.importer() + "/" + tie.commodity() + "/" + tie.stage())) {
                problems.add(at, "second trade tie for " + tie.importer() + " at " + tie.commodity() + "/"
                        + tie.stage() + " (list it once)");
            }
            double sum = 0;
            for (Map.Entry<String, Double> share : tie.shares().entrySet()) {
                String supplierPath = Fields.childPath(at + ".shares", share.getKey());
                if (!actors.contains(share.getKey())) {
                    problems.add(supplierPath, "unknown actor \"" + share.getKey() + "\"");
                } else if (share.getKey().equals(tie.importer())) {
                    problems.add(supplierPath, "an importer cannot import from itself");
                }
                sum += share.getValue();
            }
            if (sum > SHARE_SUM_LIMIT) {
                problems.add(at + ".shares", "shares of imports must add up to at most 1, got " + Range.fmt(sum));
            }
        }
    }

    private void projects() {
        for (int i = 0; i < s.projects().size(); i++) {
            ProjectDef p = s.projects().get(i);
            String at = "$.projects[" + i + "]";
            for (int k = 0; k < p.eligible().size(); k++) actor(p.eligible().get(k), at + ".eligible[" + k + "]");
            if (p.prerequisite() != null) {
                if (!projects.contains(p.prerequisite())) {
                    problems.add(at + ".prerequisite", "unknown project \"" + p.prerequisite() + "\"");
                } else if (leadsToCycle(p)) {
                    problems.add(at + ".prerequisite", "prerequisites form a cycle back to project \"" + p.id() + "\"");
                }
            }
            effects(p.effects(), at + ".effects");
        }
    }

    private boolean leadsToCycle(ProjectDef start) {
        Map<String, String> prerequisite = new HashMap<>();
        for (ProjectDef p : s.projects()) if (p.id() != null) prerequisite.putIfAbsent(p.id(), p.prerequisite());
        Set<String> visited = new HashSet<>();
        String current = start.prerequisite();
        while (current != null && visited.add(current)) {
            if (current.equals(start.id())) return true;
            current = prerequisite.get(current);
        }
        return false;
    }

    private void events() {
        for (int i = 0; i < s.events().size(); i++) {
            EventDef e = s.events().get(i);
            String at = "$.events[" + i + "]";
            turnWithinGame(e.turn(), at + ".turn");
            effects(e.effects(), at + ".effects");
        }
    }

    private void effects(List<EffectDef> effects, String path) {
        for (int i = 0; i < effects.size(); i++) {
            EffectDef e = effects.get(i);
            String at = path + "[" + i + "]";
            if (EffectReader.usesActor(e.kind()) && !"*".equals(e.actor())) actor(e.actor(), at + ".actor");
            if ((e.kind() == EffectKind.EXPORT_CONTROL || e.kind() == EffectKind.RELATION) && !"*".equals(e.target())) {
                actor(e.target(), at + ".target");
            }
            if (EffectReader.usesMarket(e.kind())) market(e.commodity(), e.stage(), at);
            if (e.kind() == EffectKind.SHIPPING_DISRUPTION && e.commodity() != null
                    && !commodities.contains(e.commodity())) {
                problems.add(at + ".commodity", "unknown commodity \"" + e.commodity() + "\"");
            }
        }
    }

    /** Initial policies: one export control per controller, market and target (a later one would replace it). */
    private void oneExportControlPerMarket() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < s.initialPolicies().size(); i++) {
            EffectDef e = s.initialPolicies().get(i);
            if (e.kind() != EffectKind.EXPORT_CONTROL || e.actor() == null || e.commodity() == null || e.stage() == null) {
                continue;
            }
            String target = e.target() == null ? "*" : e.target();
            if (!seen.add(e.actor() + "/" + e.commodity() + "/" + e.stage() + "/" + target)) {
                problems.add("$.initialPolicies[" + i + "]", "second export control by " + e.actor() + " on "
                        + e.commodity() + "/" + e.stage() + " for " + target
                        + " (one per controller, market and target; merge them)");
            }
        }
    }

    private void turnWithinGame(int turn, String at) {
        if (s.calendar() != null && s.calendar().turns() > 0 && turn > s.calendar().turns()) {
            problems.add(at, "must be at most the number of turns (" + s.calendar().turns() + "), got " + turn);
        }
    }

    /** Whether an actor reference resolves; reports it when not (null: already reported). */
    private boolean actor(String id, String at) {
        if (id == null) return false;
        if (actors.contains(id)) return true;
        problems.add(at, "unknown actor \"" + id + "\"");
        return false;
    }

    private boolean sector(String id, String at) {
        if (id == null) return false;
        if (sectors.contains(id)) return true;
        problems.add(at, "unknown sector \"" + id + "\"");
        return false;
    }

    /** Whether commodity/stage is a market; reports the field that is wrong (at + ".commodity" or ".stage"). */
    private boolean market(String commodity, String stage, String at) {
        if (commodity == null || stage == null) return false;
        if (markets.contains(commodity + "/" + stage)) return true;
        if (!commodities.contains(commodity)) {
            problems.add(at + ".commodity", "unknown commodity \"" + commodity + "\"");
        } else {
            problems.add(at + ".stage", "commodity \"" + commodity + "\" has no stage \"" + stage
                    + "\" (not in its stages)");
        }
        return false;
    }
}
