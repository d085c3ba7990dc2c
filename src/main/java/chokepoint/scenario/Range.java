package chokepoint.scenario;

/** Allowed values of a number in a scenario file, with the wording used in problem messages. */
record Range(double min, boolean minOpen, double max, boolean maxOpen) {
    /** No number in a scenario may be larger in size than this (catches typos and hostile input). */
    static final double MAGNITUDE = 1e15;

    static final Range ANY = new Range(-MAGNITUDE, false, MAGNITUDE, false);
    static final Range NON_NEGATIVE = atLeast(0);
    static final Range POSITIVE = new Range(0, true, MAGNITUDE, false);
    static final Range SHARE = between(0, 1);

    static Range atLeast(double min) {
        return new Range(min, false, MAGNITUDE, false);
    }

    static Range between(double min, double max) {
        return new Range(min, false, max, false);
    }

    boolean contains(double v) {
        if (!Double.isFinite(v) || Math.abs(v) > MAGNITUDE) return false;
        if (minOpen ? v <= min : v < min) return false;
        return maxOpen ? v < max : v <= max;
    }

    /** E.g. "a finite number ≥ 0", "a finite number between 0 and 1". */
    String describe() {
        boolean lowerBound = min > -MAGNITUDE;
        boolean upperBound = max < MAGNITUDE;
        String text = "a finite number";
        if (lowerBound && upperBound && !minOpen && !maxOpen) return text + " between " + fmt(min) + " and " + fmt(max);
        if (lowerBound) text += (minOpen ? " > " : " ≥ ") + fmt(min);
        if (lowerBound && upperBound) text += " and";
        if (upperBound) text += (maxOpen ? " < " : " ≤ ") + fmt(max);
        if (!lowerBound && !upperBound) text += " of size at most 1e15";
        return text;
    }

    static String fmt(double v) {
        return NumberText.of(v).toString();
    }
}
