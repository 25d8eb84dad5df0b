package org.claimdesk.evidence;

/** A verdict waits for approval: someone other than its author may approve it. */
public record VerdictGiven(long claimId, long articleId, Long teamId, String author, String rating) {
}
