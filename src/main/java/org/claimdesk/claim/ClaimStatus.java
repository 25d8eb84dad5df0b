package org.claimdesk.claim;

/**
 * Where a claim stands in verification: UNREVIEWED → IN_REVIEW (someone works on it) → AWAITING_APPROVAL (a
 * verdict waits for a second person) → VERIFIED; REOPENED sends a verified or awaiting claim back to work. The
 * moves allowed between them, and who may make each, are in {@link ClaimTransitions}.
 */
public enum ClaimStatus {
    UNREVIEWED, IN_REVIEW, AWAITING_APPROVAL, VERIFIED, REOPENED
}
