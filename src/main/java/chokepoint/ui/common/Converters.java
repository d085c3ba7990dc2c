package chokepoint.ui.common;

import javafx.util.StringConverter;

import java.util.function.Function;

/** Display-only converters for choice boxes and combo boxes (items are chosen, never typed). */
public final class Converters {
    private Converters() {}

    /** Shows each item as {@code name} gives it (empty for none). */
    public static <T> StringConverter<T> showing(Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : name.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
