package org.claimdesk.claim;

import org.claimdesk.extraction.ClaimType;

/**
 * What the claims list is narrowed to; every part is optional (null = any).
 *
 * @param query     words in the claim text, sentence or claimant (case-insensitive)
 * @param rating    the name of the rating of the claim's verdict (FALSE, MOSTLY_TRUE ...): the evidence module owns
 *                  the ratings, so the claim module takes the name as given ({@link #RATING_NAME} checks its shape)
 * @param verdictWeek the Monday of the week (UTC, like the dashboard's weeks) in which the claim's verdict was given
 */
public record ClaimFilter(String query, ClaimStatus status, ClaimType type, Long articleId, String rating,
                          java.time.LocalDate verdictWeek) {

    public static final ClaimFilter ALL = new ClaimFilter(null, null, null, null, null, null);
    /** What a rating's name looks like: the constant of evidence's Rating, at most as long as its column. */
    public static final java.util.regex.Pattern RATING_NAME = java.util.regex.Pattern.compile("[A-Z_]{1,20}");

    public ClaimFilter {
        if (rating != null && !RATING_NAME.matcher(rating).matches()) {
            throw new org.claimdesk.shared.InputRejectedException("rating", "Not a rating: " + rating);
        }
        if (verdictWeek != null && verdictWeek.getDayOfWeek() != java.time.DayOfWeek.MONDAY) {
            throw new org.claimdesk.shared.InputRejectedException("verdictWeek", "A week starts on a Monday: " + verdictWeek);
        }
    }

    /** A filter without a verdict week. */
    public ClaimFilter(String query, ClaimStatus status, ClaimType type, Long articleId, String rating) {
        this(query, status, type, articleId, rating, null);
    }

    /** A filter without a rating. */
    public ClaimFilter(String query, ClaimStatus status, ClaimType type, Long articleId) {
        this(query, status, type, articleId, null, null);
    }

    /** Whether it searches by words (which caps, counts and ranks differently: ClaimSearch.TEXT_CAP). */
    public boolean hasQuery() { return query != null && !query.isBlank(); }

    public ClaimFilter withQuery(String q) { return new ClaimFilter(q, status, type, articleId, rating, verdictWeek); }
    public ClaimFilter withStatus(ClaimStatus s) { return new ClaimFilter(query, s, type, articleId, rating, verdictWeek); }
    public ClaimFilter withType(ClaimType t) { return new ClaimFilter(query, status, t, articleId, rating, verdictWeek); }
    public ClaimFilter withArticle(Long a) { return new ClaimFilter(query, status, type, a, rating, verdictWeek); }
    public ClaimFilter withRating(String r) { return new ClaimFilter(query, status, type, articleId, r, verdictWeek); }
    public ClaimFilter withVerdictWeek(java.time.LocalDate w) { return new ClaimFilter(query, status, type, articleId, rating, w); }
}
