package chokepoint.facilitator;

/**
 * The figure a seat expects its orders to move, and which way. Which fields are used depends on the figure:
 * PRICE (commodity, stage), SHORTAGE (actor, commodity, stage), LEVERAGE (actor over other), GDP (actor), TENSION.
 */
public record Expectation(Figure figure, String actor, String other, String commodity, String stage,
                          Direction direction) {
    public enum Figure { PRICE, SHORTAGE, LEVERAGE, GDP, TENSION }

    public enum Direction { UP, DOWN, SAME }

    public static Expectation price(String commodity, String stage, Direction d) {
        return new Expectation(Figure.PRICE, null, null, commodity, stage, d);
    }

    public static Expectation shortage(String actor, String commodity, String stage, Direction d) {
        return new Expectation(Figure.SHORTAGE, actor, null, commodity, stage, d);
    }

    public static Expectation leverage(String actor, String over, Direction d) {
        return new Expectation(Figure.LEVERAGE, actor, over, null, null, d);
    }

    public static Expectation gdp(String actor, Direction d) {
        return new Expectation(Figure.GDP, actor, null, null, null, d);
    }

    public static Expectation tension(Direction d) {
        return new Expectation(Figure.TENSION, null, null, null, null, d);
    }
}
