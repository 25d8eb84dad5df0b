package org.claimdesk.priorcheck;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An imported fact check by another outlet: who checked ({@code outlet}), what claim ({@code claimReviewed}, by
 * {@code claimant}), with which rating, and where it is published ({@code reviewUrl}).
 */
public record PriorCheckDetails(long id, long teamId, String outlet, String outletUrl, String claimReviewed,
                                String claimant, String claimantType, String appearanceUrl, String ratingLabel,
                                Double ratingValue, Double ratingBest, Double ratingWorst, String reviewUrl,
                                LocalDate reviewDate, LocalDate claimDate, String importedBy, Instant importedAt,
                                long version) {

    /** "Full Fact: False" or "PolitiFact: 1 of 5": the outlet and its rating, for one line of text. */
    public String verdictLine() {
        String rating = ratingLabel != null ? ratingLabel
                : ratingValue == null ? "unrated"
                : number(ratingValue) + (ratingBest == null ? "" : " of " + number(ratingBest));
        return (outlet == null ? "Unknown outlet" : outlet) + ": " + rating;
    }

    private static String number(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
