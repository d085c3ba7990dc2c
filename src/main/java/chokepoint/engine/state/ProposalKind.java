package chokepoint.engine.state;

/** Things one seat offers another, which take effect only if accepted. */
public enum ProposalKind { ZONE_INVITATION, OFFTAKE_DEAL, HOSTED_INVESTMENT }
