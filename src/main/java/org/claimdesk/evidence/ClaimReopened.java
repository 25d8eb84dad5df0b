package org.claimdesk.evidence;

/** A claim with a verdict was reopened (sent back): its verdict's author should know. */
public record ClaimReopened(long claimId, long articleId, Long teamId, String by, String verdictAuthor, String reason) {
}
