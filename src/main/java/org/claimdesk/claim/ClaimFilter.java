package org.claimdesk.claim;

import org.claimdesk.extraction.ClaimType;

/**
 * What the claims list is narrowed to; every part is optional (null = any).
 *
 * @param query     words in the claim text, sentence or claimant (case-insensitive)
 * @param rating    the name of the rating of the claim's verdict (FALSE, MOSTLY_TRUE ...): the evidence module owns
 *                  the ratings, so the claim module takes the name as given ({@link #RATING_NAME} checks its shape)
 */
public record ClaimFilter(String query, ClaimStatus status, ClaimType type, Long articleId, String rating) {

    public static final ClaimFilter ALL = new ClaimFilter(null, null, null, null, null);
    /** What a rating's name looks like: the constant of evidence's Rating, at most as long as its column. */
    public static final java.util.regex.Pattern RATING_NAME = java.util.regex.Pattern.compile("[A-Z_]{1,20}");

    public ClaimFilter {
        if (rating != null && !RATING_NAME.matcher(rating).matches()) {
            throw new org.claimdesk.shared.InputRejectedException("rating", "Not a rating: " + rating);
        }
    }

    /** A filter without a rating. */
    public ClaimFilter(String query, ClaimStatus status, ClaimType type, Long articleId) {
        this(query, status, type, articleId, null);
    }

    /** Whether it searches by words (which caps, counts and ranks differently: ClaimSearch.TEXT_CAP). */
    public boolean hasQuery() { return query != null && !query.isBlank(); }

    public ClaimFilter withQuery(String q) { return new ClaimFilter(q, status, type, articleId, rating); }
    public ClaimFilter withStatus(ClaimStatus s) { return new ClaimFilter(query, s, type, articleId, rating); }
    public ClaimFilter withType(ClaimType t) { return new ClaimFilter(query, status, t, articleId, rating); }
    public ClaimFilter withArticle(Long a) { return new ClaimFilter(query, status, type, a, rating); }
    public ClaimFilter withRating(String r) { return new ClaimFilter(query, status, type, articleId, r); }
}
