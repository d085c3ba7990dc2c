package chokepoint.engine.state;

public enum ResearchStatus { RUNNING, SUCCEEDED, FAILED, CANCELLED }
