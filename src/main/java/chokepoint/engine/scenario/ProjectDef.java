package chokepoint.engine.scenario;

import java.util.List;

/**
 * An R&amp;D project: pays {@code costPerTurn} (US$ bn) for {@code duration} turns, then succeeds with
 * {@code successChance} and applies its effects (the owner replaces "*" / null actor fields).
 *
 * @param eligible actor ids that may run it; empty means every actor
 * @param prerequisite a project that must have succeeded first (e.g. Minamitorishima stages), or null
 */
public record ProjectDef(
        String id,
        Text name,
        Text description,
        List<String> eligible,
        String prerequisite,
        double costPerTurn,
        int duration,
        double successChance,
        List<EffectDef> effects,
        String source) {}
