package org.claimdesk.claim;

/** Where a claim stands in verification. */
public enum ClaimStatus {
    UNREVIEWED
}
