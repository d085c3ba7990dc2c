package chokepoint.engine.state;

/**
 * A pending proposal from one actor to another. Fields used depend on the kind:
 * ZONE_INVITATION: zone; OFFTAKE_DEAL: market, quantity (annual), turns (the proposer buys from the recipient);
 * HOSTED_INVESTMENT: market, quantity (annual capacity), the proposer builds in the recipient's territory.
 */
public record Proposal(String id, ProposalKind kind, String from, String to, String zone, int market,
                       double quantity, int turns, int madeTurn, int expiresTurn) {}
