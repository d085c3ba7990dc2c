package chokepoint.engine.scenario;

import java.util.List;

/**
 * An actor (a seat, or a non-playable actor such as Taiwan or the rest of the world).
 *
 * @param mapIds ISO 3166-1 numeric codes of the countries drawn for this actor on the world map
 * @param gdp annual GDP, US$ bn
 * @param budget starting policy budget, US$ bn (what orders are paid from)
 * @param income policy budget added each turn, US$ bn
 * @param hostsInvestment whether foreign actors may propose building plants here (it must still consent)
 */
public record ActorDef(
        String id,
        Text name,
        ActorKind kind,
        boolean playable,
        List<String> mapIds,
        Sourced gdp,
        Sourced budget,
        Sourced income,
        int actionPoints,
        boolean hostsInvestment,
        List<CapacityDef> capacities,
        List<DemandDef> demands,
        List<StockDef> stockpiles,
        List<SectorShareDef> sectorShares,
        List<ObjectiveDef> objectives) {}
