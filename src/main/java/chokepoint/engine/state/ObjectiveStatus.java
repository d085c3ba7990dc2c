package chokepoint.engine.state;

/**
 * How an actor stands on one objective after a turn.
 *
 * @param value the measured figure (a share, days, an index...)
 * @param progress 0..1, how close the value is to the threshold
 * @param met whether the objective holds now (and, for dated objectives, at the judging turn)
 */
public record ObjectiveStatus(String objective, double value, double threshold, double progress, boolean met) {}
