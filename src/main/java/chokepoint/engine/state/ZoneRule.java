package chokepoint.engine.state;

/** Rules a trade zone can adopt (brief §4). */
public enum ZoneRule { TRUSTED_SUPPLY, PRICE_FLOOR, JOINT_FINANCING, COMMON_TARIFF, LOCAL_PROCESSING }
