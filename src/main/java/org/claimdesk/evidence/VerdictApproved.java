package org.claimdesk.evidence;

/** A verdict was approved: the claim is VERIFIED. */
public record VerdictApproved(long claimId, long articleId, String author, String approver) {
}
