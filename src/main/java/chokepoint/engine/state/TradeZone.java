package chokepoint.engine.state;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** A trade zone (bloc) founded in play. Mutable: members join and leave. */
public final class TradeZone {
    public final String id;
    public final String name;
    public final String founder;
    public final Set<ZoneRule> rules;
    /** Price floor as a share of the reference price, when PRICE_FLOOR is a rule. */
    public final double priceFloorShare;
    /** Tariff on outsiders' goods, when COMMON_TARIFF is a rule. */
    public final double commonTariff;
    public final List<String> members = new ArrayList<>();
    public final int foundedTurn;

    public TradeZone(String id, String name, String founder, Set<ZoneRule> rules, double priceFloorShare,
                     double commonTariff, int foundedTurn) {
        this.id = id;
        this.name = name;
        this.founder = founder;
        this.rules = rules.isEmpty() ? EnumSet.noneOf(ZoneRule.class) : EnumSet.copyOf(rules);
        this.priceFloorShare = priceFloorShare;
        this.commonTariff = commonTariff;
        this.foundedTurn = foundedTurn;
    }

    public boolean has(ZoneRule rule) {
        return rules.contains(rule);
    }

    TradeZone copy() {
        TradeZone z = new TradeZone(id, name, founder, rules, priceFloorShare, commonTariff, foundedTurn);
        z.members.addAll(members);
        return z;
    }
}
