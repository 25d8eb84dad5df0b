package org.claimdesk.article;

import org.claimdesk.claim.ClaimDetails;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One article with its text and its claims in text order, and the team it belongs to. */
public record ArticleDetails(long id, String title, String url, String publisher, LocalDate publishedAt,
                             String text, String importedBy, Instant importedAt, List<ClaimDetails> claims,
                             long teamId) {
}
