package chokepoint.engine.scenario;

/**
 * What an effect of an event or a research project does. Field use per kind:
 * <ul>
 * <li>ADD_CAPACITY: actor, commodity, stage; value = annual capacity added (permanent)</li>
 * <li>CAPACITY_SHOCK: actor, commodity, stage; value = factor on capacity (0.5 halves it); duration turns</li>
 * <li>DEMAND_FACTOR: actor (or "*"), commodity, stage; value = permanent factor on demand (substitution)</li>
 * <li>DEMAND_SHOCK: actor (or "*"), commodity, stage; value = factor on demand; duration turns</li>
 * <li>RECYCLING: actor, commodity, stage; value = share of the actor's demand met by recycled supply</li>
 * <li>PRICE_SHOCK: commodity, stage; value = factor applied to the price once</li>
 * <li>TENSION: value = change in global tension points</li>
 * <li>RELATION: actor, target; value = change in relation points (both ways)</li>
 * <li>BUDGET: actor; value = change of policy budget in US$ bn</li>
 * <li>EXPORT_CONTROL: actor (controller), commodity, stage, target ("*" = everyone, or an actor id), mode; value = quota share</li>
 * <li>LIFT_CONTROL: actor, commodity, stage</li>
 * <li>SHIPPING_DISRUPTION: commodity; value = share of cross-border flows of the commodity lost this turn; duration turns</li>
 * </ul>
 */
public enum EffectKind {
    ADD_CAPACITY, CAPACITY_SHOCK, DEMAND_FACTOR, DEMAND_SHOCK, RECYCLING, PRICE_SHOCK,
    TENSION, RELATION, BUDGET, EXPORT_CONTROL, LIFT_CONTROL, SHIPPING_DISRUPTION
}
