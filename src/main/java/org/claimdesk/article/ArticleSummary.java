package org.claimdesk.article;

import java.time.Instant;
import java.time.LocalDate;

/** An article as the articles grid lists it. */
public record ArticleSummary(long id, String title, String publisher, LocalDate publishedAt, long claimCount,
                             String importedBy, Instant importedAt) {
}
