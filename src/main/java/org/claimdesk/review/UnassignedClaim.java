package org.claimdesk.review;

import org.claimdesk.claim.ClaimStatus;

import java.time.LocalDate;

/**
 * A claim of a team nobody is assigned yet, as the team board lists it. {@code articleDate} is the article's
 * publication date, or the day it was imported when it has none.
 */
public record UnassignedClaim(long claimId, String text, String claimant, double checkWorthiness,
                              ClaimStatus status, long articleId, String articleTitle, LocalDate articleDate) {
}
