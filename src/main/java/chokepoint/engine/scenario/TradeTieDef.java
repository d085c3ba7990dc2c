package chokepoint.engine.scenario;

import java.util.Map;

/**
 * Customary import pattern of an importer at a commodity stage: supplier id to share of imports (sums to at most 1).
 * It is how turn-0 trade reproduces the sourced import shares; the spot market takes the rest.
 */
public record TradeTieDef(String importer, String commodity, String stage, Map<String, Double> shares, String source) {}
