package chokepoint.ai;

/** BASELINE: fast heuristics. STRONG: heuristic candidates checked by simulating turns ahead with the engine. */
public enum AiStrength { BASELINE, STRONG }
