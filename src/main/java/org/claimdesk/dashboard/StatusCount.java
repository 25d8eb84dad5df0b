package org.claimdesk.dashboard;

import org.claimdesk.claim.ClaimStatus;

/** How many of the teams' claims have this status. */
public record StatusCount(ClaimStatus status, long count) {
}
