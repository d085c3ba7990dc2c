package chokepoint.engine.state;

/** Export control regimes: licences (delays, uncertain approval), quota (a cap), ban. */
public enum ControlMode { LICENCE, QUOTA, BAN }
