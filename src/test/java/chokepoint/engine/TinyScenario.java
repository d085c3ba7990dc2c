package chokepoint.engine;

import chokepoint.engine.scenario.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A small hand-built scenario for rule tests: CHN dominates magnet-metal refining, JPN makes magnets from
 * imported oxide, USA mines, AUS mines and refines a little. Figures are round numbers (assumptions).
 */
public final class TinyScenario {
    static final String SRC = "assumption: test figure";

    private TinyScenario() {}

    static Sourced v(double x) { return new Sourced(x, SRC); }
    static Text t(String s) { return new Text(s, s + "（日本語）"); }

    public static Scenario build() {
        return build(List.of(), List.of());
    }

    public static Scenario build(List<EventDef> events, List<EffectDef> initialPolicies) {
        List<StageDef> stages = List.of(new StageDef("mining", t("Mining")), new StageDef("refining", t("Refining")),
                new StageDef("component", t("Component")));
        List<SectorDef> sectors = List.of(new SectorDef("ev", t("EVs")), new SectorDef("defence", t("Defence")));
        CommodityDef ndpr = new CommodityDef("ndpr", t("NdPr"), List.of(
                new MarketDef("ndpr", "mining", "t", 1, v(20_000), v(50_000), 8),
                new MarketDef("ndpr", "refining", "t", 1.2, v(60_000), v(30_000), 6),
                new MarketDef("ndpr", "component", "t", 0.3, v(80_000), v(50_000), 4)), v(0.5), 1.5);
        List<ActorDef> actors = new ArrayList<>();
        actors.add(actor("CHN", ActorKind.MAJOR, List.of(
                cap("mining", 1000), cap("refining", 1000), cap("component", 2500)),
                List.of(dem("component", "ev", 1200, 0.6)), 0));
        actors.add(actor("JPN", ActorKind.MAJOR, List.of(cap("component", 1000)),
                List.of(dem("component", "ev", 900, 0.6), dem("component", "defence", 100, 0.9)), 0));
        actors.add(actor("USA", ActorKind.MAJOR, List.of(cap("mining", 300), cap("refining", 50)),
                List.of(dem("component", "ev", 800, 0.5), dem("component", "defence", 200, 0.9)), 0));
        actors.add(actor("AUS", ActorKind.PRODUCER, List.of(cap("mining", 400), cap("refining", 200)),
                List.of(), 0));
        actors.add(new ActorDef("ROW", t("Rest of world"), ActorKind.OTHER, false, List.of(), v(50_000), v(0), v(0), 0,
                false, List.of(), List.of(), List.of(), List.of(), List.of()));
        List<TradeTieDef> ties = List.of(
                new TradeTieDef("JPN", "ndpr", "refining", Map.of("CHN", 0.7, "AUS", 0.3), SRC));
        List<ProjectDef> projects = List.of(new ProjectDef("recycling", t("Recycling"), t("Recover magnets"),
                List.of(), null, 0.1, 2, 1.0,
                List.of(new EffectDef(EffectKind.RECYCLING, "*", null, "ndpr", "component", null, 0.1, 0)), SRC),
                new ProjectDef("mud_survey", t("Seabed mud survey"), t("Survey"), List.of("JPN"), null, 0.05, 1, 1.0,
                        List.of(), SRC),
                new ProjectDef("mud_pilot", t("Seabed mud pilot"), t("Pilot"), List.of("JPN"), "mud_survey", 0.2, 2, 0.5,
                        List.of(new EffectDef(EffectKind.ADD_CAPACITY, "*", null, "ndpr", "mining", null, 100, 0)), SRC));
        return new Scenario("tiny", t("Tiny"), t("Test scenario"), new Calendar(2025, 1, 4, 8), 7,
                Parameters.defaults(), stages, sectors, List.of(ndpr), actors,
                List.of(new RelationDef("USA", "JPN", v(80)), new RelationDef("CHN", "JPN", v(-20))),
                List.of(new AllianceDef("usj", t("US-Japan"), List.of("USA", "JPN"), SRC)), ties, v(40),
                initialPolicies, projects, events);
    }

    private static ActorDef actor(String id, ActorKind kind, List<CapacityDef> caps, List<DemandDef> demands,
                                  double stock) {
        List<ObjectiveDef> objectives = List.of(new ObjectiveDef(id.toLowerCase(java.util.Locale.ROOT) + "-dep", t("Diversify"),
                ObjectiveKind.SINGLE_SUPPLIER_AT_MOST, "ndpr", "refining", null, 0.5, 0, 1, SRC));
        return new ActorDef(id, t(id), kind, true, List.of(), v(1000), v(10), v(1), 3, kind == ActorKind.PRODUCER,
                caps, demands, List.of(), List.of(new SectorShareDef("ev", v(0.05)), new SectorShareDef("defence", v(0.02))),
                objectives);
    }

    private static CapacityDef cap(String stage, double annual) {
        return new CapacityDef("ndpr", stage, v(annual), 1.0);
    }

    private static DemandDef dem(String stage, String sector, double annual, double criticality) {
        return new DemandDef("ndpr", stage, sector, v(annual), criticality);
    }
}
