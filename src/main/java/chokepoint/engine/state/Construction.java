package chokepoint.engine.state;

/** A plant being built: adds {@code annualCapacity} in {@code host} when finished. */
public record Construction(String id, String owner, String host, int market, double annualCapacity,
                           int startTurn, int readyTurn) {
    public Construction delayed() {
        return new Construction(id, owner, host, market, annualCapacity, startTurn, readyTurn + 1);
    }
}
