package org.claimdesk.claim;

/**
 * Published inside the merge's transaction, before the merged-away claim is removed, so that modules holding
 * records of that claim (the evidence module's sources) move them to the claim it was merged into.
 */
public record ClaimsMerged(long mergedAwayClaimId, long intoClaimId) {
}
