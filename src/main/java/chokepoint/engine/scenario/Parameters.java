package chokepoint.engine.scenario;

import java.util.EnumMap;
import java.util.Map;

/** The model parameters of a scenario; unset keys take their documented default. */
public final class Parameters {
    private final EnumMap<ParameterKey, Sourced> values;

    public Parameters(Map<ParameterKey, Sourced> values) {
        this.values = new EnumMap<>(ParameterKey.class);
        this.values.putAll(values);
    }

    public static Parameters defaults() {
        return new Parameters(Map.of());
    }

    public double get(ParameterKey key) {
        Sourced s = values.get(key);
        return s == null ? key.defaultValue() : s.value();
    }

    public String source(ParameterKey key) {
        Sourced s = values.get(key);
        return s == null ? "default (docs/MODEL.md)" : s.source();
    }

    public Map<ParameterKey, Sourced> explicitValues() {
        return Map.copyOf(values);
    }

    /** A copy with one parameter changed (used by excursions and facilitator edits). */
    public Parameters with(ParameterKey key, double value, String source) {
        EnumMap<ParameterKey, Sourced> copy = new EnumMap<>(ParameterKey.class);
        copy.putAll(values);
        copy.put(key, new Sourced(value, source));
        return new Parameters(copy);
    }
}
