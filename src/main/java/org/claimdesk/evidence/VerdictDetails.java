package org.claimdesk.evidence;

import java.time.Instant;

/** A claim's verdict: attribution and substance, why, who decided, who approved. */
public record VerdictDetails(long claimId, Attribution attribution, Rating rating, String rationale,
                          String overrideReason, String author, Instant decidedAt, String approvedBy,
                          Instant approvedAt) {
}
