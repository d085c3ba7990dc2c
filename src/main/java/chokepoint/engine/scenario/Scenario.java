package chokepoint.engine.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A complete, validated scenario: the static data a game is played on. Immutable.
 * Markets (commodity x stage) and actors are addressed by index inside the engine for speed;
 * the index order is the order of the scenario file.
 */
public final class Scenario {
    public static final int FORMAT_VERSION = 1;

    private final String id;
    private final Text name;
    private final Text description;
    private final Calendar calendar;
    private final long defaultSeed;
    private final Parameters parameters;
    private final List<StageDef> stages;
    private final List<SectorDef> sectors;
    private final List<CommodityDef> commodities;
    private final List<ActorDef> actors;
    private final List<RelationDef> relations;
    private final List<AllianceDef> alliances;
    private final List<TradeTieDef> tradeTies;
    private final Sourced initialTension;
    private final List<EffectDef> initialPolicies;
    private final List<ProjectDef> projects;
    private final List<EventDef> events;

    private transient Index index;
    private transient Links links;
    private transient double[][] gdpWeights;

    public Scenario(String id, Text name, Text description, Calendar calendar, long defaultSeed, Parameters parameters,
                    List<StageDef> stages, List<SectorDef> sectors, List<CommodityDef> commodities,
                    List<ActorDef> actors, List<RelationDef> relations, List<AllianceDef> alliances,
                    List<TradeTieDef> tradeTies, Sourced initialTension, List<EffectDef> initialPolicies,
                    List<ProjectDef> projects, List<EventDef> events) {
        this.id = id;
        this.name = name;
        this.description = description;
        this.calendar = calendar;
        this.defaultSeed = defaultSeed;
        this.parameters = parameters;
        this.stages = List.copyOf(stages);
        this.sectors = List.copyOf(sectors);
        this.commodities = List.copyOf(commodities);
        this.actors = List.copyOf(actors);
        this.relations = List.copyOf(relations);
        this.alliances = List.copyOf(alliances);
        this.tradeTies = List.copyOf(tradeTies);
        this.initialTension = initialTension;
        this.initialPolicies = List.copyOf(initialPolicies);
        this.projects = List.copyOf(projects);
        this.events = List.copyOf(events);
    }

    public String id() { return id; }
    public Text name() { return name; }
    public Text description() { return description; }
    public Calendar calendar() { return calendar; }
    public long defaultSeed() { return defaultSeed; }
    public Parameters parameters() { return parameters; }
    public List<StageDef> stages() { return stages; }
    public List<SectorDef> sectors() { return sectors; }
    public List<CommodityDef> commodities() { return commodities; }
    public List<ActorDef> actors() { return actors; }
    public List<RelationDef> relations() { return relations; }
    public List<AllianceDef> alliances() { return alliances; }
    public List<TradeTieDef> tradeTies() { return tradeTies; }
    public Sourced initialTension() { return initialTension; }
    public List<EffectDef> initialPolicies() { return initialPolicies; }
    public List<ProjectDef> projects() { return projects; }
    public List<EventDef> events() { return events; }

    /** A copy with different parameters (excursions, facilitator edits). */
    public Scenario withParameters(Parameters p) {
        return new Scenario(id, name, description, calendar, defaultSeed, p, stages, sectors, commodities, actors,
                relations, alliances, tradeTies, initialTension, initialPolicies, projects, events);
    }

    /** A copy with a different event list (facilitator injects, excursions switching events off). */
    public Scenario withEvents(List<EventDef> newEvents) {
        return new Scenario(id, name, description, calendar, defaultSeed, parameters, stages, sectors, commodities,
                actors, relations, alliances, tradeTies, initialTension, initialPolicies, projects, newEvents);
    }

    public int actorCount() { return actors.size(); }
    public int marketCount() { return index().markets.size(); }
    public MarketDef market(int m) { return index().markets.get(m); }
    public List<MarketDef> markets() { return index().markets; }
    public int commodityOfMarket(int m) { return index().marketCommodity[m]; }
    public int stageOfMarket(int m) { return index().marketStagePos[m]; }

    /** Market index of the previous stage of the same commodity, or -1 for the first stage. */
    public int upstreamOf(int m) { return index().upstream[m]; }

    /** {@code market(m).key()}, built once (news and the AI's reasons ask for it very often). */
    public String marketKey(int m) { return index().keys[m]; }

    /** Market index of the next stage of the same commodity, or -1 for the last stage. */
    public int downstreamOf(int m) { return index().downstream[m]; }

    public int actorIndex(String actorId) {
        Index x = index();
        // the engine and the AI mostly pass the scenario's own id strings around: compare references first
        String[] ids = x.actorIds;
        if (actorId != null) for (int a = 0; a < ids.length; a++) if (ids[a] == actorId) return a;
        Integer i = x.actorIdx.get(actorId);
        return i == null ? -1 : i;
    }

    public int marketIndex(String commodityId, String stageId) {
        Index x = index();
        String[] commodityIds = x.marketCommodityIds;
        String[] stageIds = x.marketStageIds;
        if (commodityId != null && stageId != null) {
            for (int m = 0; m < commodityIds.length; m++) {
                if (commodityIds[m] == commodityId && stageIds[m] == stageId) return m;
            }
        }
        // nested lookup: no string concatenation
        return Index.lookup(x.marketByCommodity, commodityId, stageId);
    }

    public int commodityIndex(String commodityId) {
        Integer i = index().commodityIdx.get(commodityId);
        return i == null ? -1 : i;
    }

    public Optional<ActorDef> actor(String actorId) {
        int i = actorIndex(actorId);
        return i < 0 ? Optional.empty() : Optional.of(actors.get(i));
    }

    public Optional<ProjectDef> project(String projectId) {
        for (ProjectDef p : projects) if (p.id().equals(projectId)) return Optional.of(p);
        return Optional.empty();
    }

    public Optional<CommodityDef> commodity(String commodityId) {
        int i = commodityIndex(commodityId);
        return i < 0 ? Optional.empty() : Optional.of(commodities.get(i));
    }

    /** Market indexes of one commodity in chain order. */
    public int[] marketsOf(int commodity) { return index().commodityMarkets[commodity]; }

    /** Market index of each of an actor's demands, in the order of {@code actors().get(actor).demands()}. Read only. */
    public int[] demandMarkets(int actor) { return links().demandMarket[actor]; }

    /** Sector index (in {@link #sectors()}) of each of an actor's demands, or -1 for an unknown sector. Read only. */
    public int[] demandSectors(int actor) { return links().demandSector[actor]; }

    /** Sector index of each of an actor's sector shares, in the order of {@code sectorShares()}. Read only. */
    public int[] sectorShareSectors(int actor) { return links().shareSector[actor]; }

    /** Market index of each trade tie, in the order of {@link #tradeTies()}, or -1. */
    public int tieMarket(int tie) { return links().tieMarket[tie]; }

    /** The trade ties of market m, in increasing tie order. Read only. */
    public int[] tiesOf(int m) { return links().marketTies[m]; }

    /** Actor index of a trade tie's importer, or -1. */
    public int tieImporter(int tie) { return links().tieImporter[tie]; }

    /** Actor index (or -1) of each supplier of a trade tie, in the iteration order of its {@code shares()}. Read only. */
    public int[] tieSuppliers(int tie) { return links().tieSuppliers[tie]; }

    /** Each supplier's share of a trade tie, in the order of {@link #tieSuppliers}. Read only. */
    public double[] tieShares(int tie) { return links().tieShares[tie]; }

    /**
     * GDP weight of each market (column) for each actor (row), as leverage uses it (docs/MODEL.md, "Leverage"): the
     * sum over the actor's demands of its sector's GDP share x the demand's criticality, counted at the demand's
     * market and every market upstream of it (an ore feeds the magnets made from it). It depends only on the
     * scenario, so it is worked out once. Read only.
     */
    public double[][] gdpWeights() {
        double[][] w = gdpWeights;
        if (w == null) {
            w = new double[actors.size()][marketCount()];
            for (int a = 0; a < actors.size(); a++) {
                ActorDef ad = actors.get(a);
                int[] markets = demandMarkets(a);
                for (int k = 0; k < markets.length; k++) {
                    DemandDef d = ad.demands().get(k);
                    double share = 0;
                    for (SectorShareDef s : ad.sectorShares()) if (s.sector().equals(d.sector())) share = s.share().value();
                    double v = share * d.criticality();
                    for (int up = markets[k]; up >= 0; up = upstreamOf(up)) w[a][up] += v;
                }
            }
            gdpWeights = w;
        }
        return w;
    }

    private Index index() {
        Index i = index;
        if (i == null) {
            i = new Index(this);
            index = i;
        }
        return i;
    }

    private Links links() {
        Links l = links;
        if (l == null) {
            l = new Links(this, index());
            links = l;
        }
        return l;
    }

    /** Derived lookups, rebuilt after deserialisation. */
    private static final class Index {
        final List<MarketDef> markets = new ArrayList<>();
        final Map<String, Integer> actorIdx = new HashMap<>();
        final Map<String, Map<String, Integer>> marketByCommodity = new HashMap<>();
        final Map<String, Integer> commodityIdx = new HashMap<>();
        final int[] marketCommodity;
        final int[] marketStagePos;
        final int[] upstream;
        final int[] downstream;
        final int[][] commodityMarkets;
        final String[] keys;
        final String[] actorIds;
        final String[] marketCommodityIds;
        final String[] marketStageIds;

        Index(Scenario s) {
            for (int a = 0; a < s.actors.size(); a++) actorIdx.put(s.actors.get(a).id(), a);
            int total = s.commodities.stream().mapToInt(c -> c.stages().size()).sum();
            marketCommodity = new int[total];
            marketStagePos = new int[total];
            upstream = new int[total];
            downstream = new int[total];
            commodityMarkets = new int[s.commodities.size()][];
            for (int c = 0; c < s.commodities.size(); c++) {
                CommodityDef cd = s.commodities.get(c);
                commodityIdx.put(cd.id(), c);
                commodityMarkets[c] = new int[cd.stages().size()];
                for (int k = 0; k < cd.stages().size(); k++) {
                    int m = markets.size();
                    MarketDef md = cd.stages().get(k);
                    markets.add(md);
                    marketByCommodity.computeIfAbsent(md.commodity(), x -> new HashMap<>()).put(md.stage(), m);
                    marketCommodity[m] = c;
                    marketStagePos[m] = k;
                    upstream[m] = k == 0 ? -1 : m - 1;
                    downstream[m] = k == cd.stages().size() - 1 ? -1 : m + 1;
                    commodityMarkets[c][k] = m;
                }
            }
            keys = new String[total];
            for (int m = 0; m < total; m++) keys[m] = markets.get(m).key();
            // reference fast paths, only for entries the maps resolve to the same index (ids repeat only in a
            // scenario still being validated)
            actorIds = new String[s.actors.size()];
            for (int a = 0; a < actorIds.length; a++) {
                String id = s.actors.get(a).id();
                if (id != null && actorIdx.get(id) == a) actorIds[a] = id;
            }
            marketCommodityIds = new String[total];
            marketStageIds = new String[total];
            for (int m = 0; m < total; m++) {
                MarketDef md = markets.get(m);
                if (md.commodity() != null && md.stage() != null && lookup(marketByCommodity, md.commodity(), md.stage()) == m) {
                    marketCommodityIds[m] = md.commodity();
                    marketStageIds[m] = md.stage();
                }
            }
        }

        static int lookup(Map<String, Map<String, Integer>> byCommodity, String commodity, String stage) {
            Map<String, Integer> stages = byCommodity.get(commodity);
            Integer i = stages == null ? null : stages.get(stage);
            return i == null ? -1 : i;
        }
    }

    /**
     * Per-actor and per-tie lookups that turn resolution would otherwise do by id every turn. Built apart from
     * {@link Index} and only on first use, by the engine: a scenario that is still being validated may have holes
     * (null entries) that only these tables would trip over.
     */
    private static final class Links {
        final int[][] demandMarket;
        final int[][] demandSector;
        final int[][] shareSector;
        final int[] tieMarket;
        final int[][] marketTies;
        final int[] tieImporter;
        final int[][] tieSuppliers;
        final double[][] tieShares;

        Links(Scenario s, Index index) {
            Map<String, Map<String, Integer>> marketByCommodity = index.marketByCommodity;
            demandMarket = new int[s.actors.size()][];
            demandSector = new int[s.actors.size()][];
            shareSector = new int[s.actors.size()][];
            for (int a = 0; a < s.actors.size(); a++) {
                ActorDef ad = s.actors.get(a);
                demandMarket[a] = new int[ad.demands().size()];
                demandSector[a] = new int[ad.demands().size()];
                for (int k = 0; k < ad.demands().size(); k++) {
                    DemandDef d = ad.demands().get(k);
                    demandMarket[a][k] = Index.lookup(marketByCommodity, d.commodity(), d.stage());
                    demandSector[a][k] = sectorIndex(s, d.sector());
                }
                shareSector[a] = new int[ad.sectorShares().size()];
                for (int k = 0; k < ad.sectorShares().size(); k++) shareSector[a][k] = sectorIndex(s, ad.sectorShares().get(k).sector());
            }
            tieMarket = new int[s.tradeTies.size()];
            for (int t = 0; t < tieMarket.length; t++) {
                tieMarket[t] = Index.lookup(marketByCommodity, s.tradeTies.get(t).commodity(), s.tradeTies.get(t).stage());
            }
            marketTies = new int[index.markets.size()][];
            for (int m = 0; m < marketTies.length; m++) {
                int mm = m;
                marketTies[m] = java.util.stream.IntStream.range(0, tieMarket.length).filter(t -> tieMarket[t] == mm).toArray();
            }
            tieImporter = new int[tieMarket.length];
            tieSuppliers = new int[tieMarket.length][];
            tieShares = new double[tieMarket.length][];
            for (int t = 0; t < tieMarket.length; t++) {
                TradeTieDef tie = s.tradeTies.get(t);
                tieImporter[t] = s.actorIndex(tie.importer());
                Map<String, Double> shares = tie.shares() == null ? Map.of() : tie.shares();
                tieSuppliers[t] = new int[shares.size()];
                tieShares[t] = new double[shares.size()];
                int k = 0;
                for (Map.Entry<String, Double> e : shares.entrySet()) {
                    tieSuppliers[t][k] = s.actorIndex(e.getKey());
                    tieShares[t][k] = e.getValue();
                    k++;
                }
            }
        }

        private static int sectorIndex(Scenario s, String sectorId) {
            for (int i = 0; i < s.sectors.size(); i++) if (s.sectors.get(i).id().equals(sectorId)) return i;
            return -1;
        }
    }
}
