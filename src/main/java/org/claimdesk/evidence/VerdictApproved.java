package org.claimdesk.evidence;

/** A verdict was approved: the claim is VERIFIED. */
public record VerdictApproved(long claimId, long articleId, Long teamId, String author, String approver) {
}
