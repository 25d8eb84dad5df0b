package org.claimdesk.claim;

import org.claimdesk.extraction.ClaimType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A claim with its article's title, link, publisher and date, as bulk readers (the export) take it. */
public record ClaimRow(long id, String text, String claimant, String claimantDescription, String via, ClaimType type,
                       List<String> figures, ClaimStatus status, long articleId, String articleTitle,
                       String articleUrl, String articlePublisher, LocalDate articlePublishedAt, Instant createdAt) {
}
