package chokepoint.engine.state;

/** An actor's R&amp;D project and how far it has come. */
public record Research(String actor, String project, int turnsDone, ResearchStatus status, int startTurn) {
    public Research advanced() {
        return new Research(actor, project, turnsDone + 1, status, startTurn);
    }

    public Research withStatus(ResearchStatus s) {
        return new Research(actor, project, turnsDone, s, startTurn);
    }
}
