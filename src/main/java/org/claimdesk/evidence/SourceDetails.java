package org.claimdesk.evidence;

import java.time.Instant;
import java.time.LocalDate;

/** A source on a claim, with its publisher's reliability from the register. */
public record SourceDetails(long id, long claimId, String url, String domain, String title, String publisher,
                         String author, LocalDate publishedAt, LocalDate accessedAt, Stance stance, String excerpt,
                         String archivedUrl, Reliability reliability, String addedBy, Instant addedAt,
                         String updatedBy, Instant updatedAt, long version) {
}
