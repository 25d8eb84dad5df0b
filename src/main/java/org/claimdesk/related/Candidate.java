package org.claimdesk.related;

import java.util.List;

/**
 * A claim to compare: its id, the article it is in (claims of one article are never "the same claim"), its
 * words, who made it, and the values of its figures. Any of the texts and the values may be null.
 */
public record Candidate(long id, long articleId, String text, String claimant, List<Double> values) {
}
