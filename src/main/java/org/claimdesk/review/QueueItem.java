package org.claimdesk.review;

import org.claimdesk.claim.ClaimStatus;

import java.time.LocalDate;

/** One claim in someone's queue: what it is, where it stands, by when. */
public record QueueItem(long claimId, String text, String claimant, String articleTitle, ClaimStatus status,
                        LocalDate dueDate, Priority priority, boolean overdue) {
}
