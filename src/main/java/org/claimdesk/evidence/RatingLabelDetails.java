package org.claimdesk.evidence;

/** How a rating is shown (label, colour) and exported (score 1..5, ClaimReview text). */
public record RatingLabelDetails(Rating rating, String label, String color, Integer score, String reviewText,
                              int position, long version) {
}
