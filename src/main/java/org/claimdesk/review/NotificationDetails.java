package org.claimdesk.review;

import java.time.Instant;

/** A notification as its recipient sees it. {@code kind}: APPROVAL_REQUESTED, VERDICT_APPROVED, SENT_BACK, MENTIONED. */
public record NotificationDetails(long id, String kind, Long claimId, String text, Instant at, boolean read) {
}
