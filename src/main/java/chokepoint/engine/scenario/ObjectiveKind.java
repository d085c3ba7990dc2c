package chokepoint.engine.scenario;

/**
 * Kinds of role objectives. Field use (commodity, stage, other, threshold):
 * <ul>
 * <li>SUPPLIER_SHARE_AT_MOST: share of the actor's supply at commodity/stage from actor {@code other} &le; threshold</li>
 * <li>SINGLE_SUPPLIER_AT_MOST: largest single foreign supplier's share &le; threshold</li>
 * <li>DOMESTIC_SHARE_AT_LEAST: own production / own use at commodity/stage &ge; threshold</li>
 * <li>RECYCLING_SHARE_AT_LEAST: recycled supply / own use of commodity at stage &ge; threshold</li>
 * <li>STOCKPILE_DAYS_AT_LEAST: stockpile days of demand at commodity/stage &ge; threshold</li>
 * <li>GLOBAL_SHARE_AT_LEAST: actor's share of world output at commodity/stage &ge; threshold</li>
 * <li>SHORTAGE_AT_MOST: shortage share at commodity/stage &le; threshold</li>
 * <li>PROJECT_DONE: research project {@code other} succeeded</li>
 * <li>GDP_INDEX_AT_LEAST: GDP index &ge; threshold</li>
 * <li>EXPORT_REVENUE_AT_LEAST: export revenue in US$ bn per year &ge; threshold</li>
 * </ul>
 */
public enum ObjectiveKind {
    SUPPLIER_SHARE_AT_MOST, SINGLE_SUPPLIER_AT_MOST, DOMESTIC_SHARE_AT_LEAST, RECYCLING_SHARE_AT_LEAST,
    STOCKPILE_DAYS_AT_LEAST, GLOBAL_SHARE_AT_LEAST, SHORTAGE_AT_MOST, PROJECT_DONE, GDP_INDEX_AT_LEAST,
    EXPORT_REVENUE_AT_LEAST
}
