package chokepoint.scenario;

import java.math.BigDecimal;

/**
 * A JSON number kept as the exact text of the file, so that huge or odd literals can be reported as
 * written and whole-number checks are exact. Also used to write numbers in a stable, readable form.
 */
final class NumberText extends Number {
    private static final long serialVersionUID = 1L;

    private final String text;

    NumberText(String text) {
        this.text = text;
    }

    /** The shortest plain form of a double that reads back to the same double, e.g. 0.25, 1500, 1.0E-9. */
    static NumberText of(double value) {
        if (value == 0) return new NumberText("0");
        BigDecimal exact = BigDecimal.valueOf(value).stripTrailingZeros();
        boolean plainIsShort = exact.scale() <= 12 && exact.precision() - exact.scale() <= 16;
        if (plainIsShort) return new NumberText(exact.scale() < 0 ? exact.setScale(0).toPlainString() : exact.toPlainString());
        return new NumberText(Double.toString(value));
    }

    @Override
    public double doubleValue() {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    @Override
    public float floatValue() {
        return (float) doubleValue();
    }

    @Override
    public long longValue() {
        return (long) doubleValue();
    }

    @Override
    public int intValue() {
        return (int) doubleValue();
    }

    @Override
    public String toString() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NumberText n && n.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }
}
