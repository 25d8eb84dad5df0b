package org.claimdesk.review;

/** What a bulk action did to one claim: done, or refused and why. */
public record BulkResult(long claimId, boolean done, String message) {
}
