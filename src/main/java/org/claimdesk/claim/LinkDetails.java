package org.claimdesk.claim;

/** A link as seen from one claim: the other claim, how they relate, and whether it is only suggested. */
public record LinkDetails(long id, long otherClaimId, String otherText, String otherClaimant, long otherArticleId,
                       String otherArticleTitle, LinkType type, LinkState state, String reason, long version) {
}
