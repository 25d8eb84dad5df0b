package org.claimdesk.claim;

import org.claimdesk.extraction.ClaimType;

/**
 * What the claims list is narrowed to; every part is optional (null = any).
 *
 * @param query     words in the claim text, sentence or claimant (case-insensitive)
 */
public record ClaimFilter(String query, ClaimStatus status, ClaimType type, Long articleId) {

    public static final ClaimFilter ALL = new ClaimFilter(null, null, null, null);

    /** Whether it searches by words (which caps, counts and ranks differently: ClaimSearch.TEXT_CAP). */
    public boolean hasQuery() { return query != null && !query.isBlank(); }

    public ClaimFilter withQuery(String q) { return new ClaimFilter(q, status, type, articleId); }
    public ClaimFilter withStatus(ClaimStatus s) { return new ClaimFilter(query, s, type, articleId); }
    public ClaimFilter withType(ClaimType t) { return new ClaimFilter(query, status, t, articleId); }
    public ClaimFilter withArticle(Long a) { return new ClaimFilter(query, status, type, a); }
}
