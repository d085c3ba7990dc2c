package chokepoint.scenario;

import chokepoint.engine.scenario.EffectDef;
import chokepoint.engine.scenario.EffectKind;
import com.google.gson.JsonElement;

import java.util.EnumSet;
import java.util.Set;

/** Reads one effect and checks the fields its {@link EffectKind} needs (see the EffectKind javadoc). */
final class EffectReader {
    /** Export-control modes. */
    static final Set<String> MODES = Set.of("LICENCE", "QUOTA", "BAN");

    private static final Set<EffectKind> USES_ACTOR = EnumSet.of(EffectKind.ADD_CAPACITY, EffectKind.CAPACITY_SHOCK,
            EffectKind.DEMAND_FACTOR, EffectKind.DEMAND_SHOCK, EffectKind.RECYCLING, EffectKind.RELATION,
            EffectKind.BUDGET, EffectKind.EXPORT_CONTROL, EffectKind.LIFT_CONTROL);
    private static final Set<EffectKind> ACTOR_MAY_BE_STAR = EnumSet.of(EffectKind.DEMAND_FACTOR, EffectKind.DEMAND_SHOCK);
    private static final Set<EffectKind> USES_MARKET = EnumSet.of(EffectKind.ADD_CAPACITY, EffectKind.CAPACITY_SHOCK,
            EffectKind.DEMAND_FACTOR, EffectKind.DEMAND_SHOCK, EffectKind.RECYCLING, EffectKind.PRICE_SHOCK,
            EffectKind.EXPORT_CONTROL, EffectKind.LIFT_CONTROL);
    private static final Set<EffectKind> USES_DURATION = EnumSet.of(EffectKind.CAPACITY_SHOCK, EffectKind.DEMAND_SHOCK,
            EffectKind.SHIPPING_DISRUPTION);
    static final int MAX_DURATION = 200;

    /** Where an effect appears: in a project, the actor may be omitted or "*" (the project's owner). */
    enum Place { POLICY, EVENT, PROJECT }

    private EffectReader() {}

    static EffectDef read(JsonElement element, String path, Problems problems, Place place) {
        Fields f = Fields.of(element, path, problems);
        EffectKind kind = f.enumValue("kind", EffectKind.class);
        boolean known = kind != null;
        boolean usesActor = known && USES_ACTOR.contains(kind);
        boolean starActor = place == Place.PROJECT || (known && ACTOR_MAY_BE_STAR.contains(kind));
        String actor = usesActor && place != Place.PROJECT
                ? f.id("actor", starActor ? IdStyle.ACTOR_OR_STAR : IdStyle.ACTOR)
                : f.optId("actor", starActor || !usesActor ? IdStyle.ACTOR_OR_STAR : IdStyle.ACTOR);

        String target;
        if (kind == EffectKind.EXPORT_CONTROL) target = f.id("target", IdStyle.ACTOR_OR_STAR);
        else if (kind == EffectKind.RELATION) target = f.id("target", IdStyle.ACTOR);
        else target = f.optId("target", IdStyle.ACTOR_OR_STAR);

        boolean usesMarket = known && USES_MARKET.contains(kind);
        String commodity = usesMarket || kind == EffectKind.SHIPPING_DISRUPTION
                ? f.id("commodity", IdStyle.LOWER) : f.optId("commodity", IdStyle.LOWER);
        String stage = usesMarket ? f.id("stage", IdStyle.LOWER) : f.optId("stage", IdStyle.LOWER);

        String mode = kind == EffectKind.EXPORT_CONTROL ? f.string("mode") : f.optString("mode");
        if (kind == EffectKind.EXPORT_CONTROL && mode != null && !MODES.contains(mode)) {
            problems.add(f.pathOf("mode"), "must be one of LICENCE, QUOTA, BAN, got \"" + mode + "\"");
        }

        Range range = known ? valueRange(kind) : Range.ANY;
        boolean valueRequired = known && kind != EffectKind.LIFT_CONTROL
                && (kind != EffectKind.EXPORT_CONTROL || "QUOTA".equals(mode));
        double value = valueRequired ? f.number("value", range) : f.optNumber("value", range, 0);

        int duration = known && USES_DURATION.contains(kind)
                ? f.integer("duration", 1, MAX_DURATION)
                : f.optInteger("duration", 0, MAX_DURATION, 0);
        f.finish();
        return new EffectDef(kind, actor, target, commodity, stage, mode, value, duration);
    }

    private static Range valueRange(EffectKind kind) {
        return switch (kind) {
            case ADD_CAPACITY, CAPACITY_SHOCK, DEMAND_FACTOR, DEMAND_SHOCK -> Range.NON_NEGATIVE;
            case RECYCLING, EXPORT_CONTROL, SHIPPING_DISRUPTION -> Range.SHARE;
            case PRICE_SHOCK -> Range.POSITIVE;
            case TENSION -> Range.between(-100, 100);
            case RELATION -> Range.between(-200, 200);
            case BUDGET, LIFT_CONTROL -> Range.ANY;
        };
    }

    /** Whether the kind's actor field names an actor (so references must resolve). */
    static boolean usesActor(EffectKind kind) {
        return kind != null && USES_ACTOR.contains(kind);
    }

    static boolean usesMarket(EffectKind kind) {
        return kind != null && USES_MARKET.contains(kind);
    }
}
