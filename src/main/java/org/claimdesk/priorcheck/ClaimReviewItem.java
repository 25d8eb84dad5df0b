package org.claimdesk.priorcheck;

import java.time.LocalDate;

/** One ClaimReview as read from the input, checked and trimmed, ready to store. */
record ClaimReviewItem(String outlet, String outletUrl, String claimReviewed, String claimant, String claimantType,
                       String appearanceUrl, String ratingLabel, Double ratingValue, Double ratingBest,
                       Double ratingWorst, String reviewUrl, LocalDate reviewDate, LocalDate claimDate) {
}
