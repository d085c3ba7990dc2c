package chokepoint.engine.state;

/**
 * An export control in force.
 *
 * @param quotaShare for QUOTA: share of the controller's customary exports to the targets still allowed (0..1)
 * @param untilTurn last turn in force, or 0 for until lifted
 */
public record ExportControl(String controller, int market, ControlMode mode, Target target, double quotaShare,
                            int sinceTurn, int untilTurn) {}
