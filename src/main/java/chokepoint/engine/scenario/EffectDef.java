package chokepoint.engine.scenario;

/** One effect; see {@link EffectKind} for which fields each kind uses. Unused fields are null or 0. */
public record EffectDef(
        EffectKind kind,
        String actor,
        String target,
        String commodity,
        String stage,
        String mode,
        double value,
        int duration) {

    public static EffectDef tension(double delta) {
        return new EffectDef(EffectKind.TENSION, null, null, null, null, null, delta, 0);
    }
}
