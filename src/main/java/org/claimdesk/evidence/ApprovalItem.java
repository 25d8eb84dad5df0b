package org.claimdesk.evidence;

import java.time.Instant;

/**
 * A verdict waiting for the signed-in user's approval: the claim, its article, the verdict (attribution, rating
 * and the rating's label as the scale names it now), who gave it and when.
 */
public record ApprovalItem(long claimId, String claimText, String claimant, String articleTitle,
                           Attribution attribution, Rating rating, String ratingLabel, String author,
                           Instant decidedAt) {
}
