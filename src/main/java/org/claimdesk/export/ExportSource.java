package org.claimdesk.export;

import java.time.LocalDate;

/** A source on an exported claim: where it is, who published it, what it says about the claim. */
public record ExportSource(String url, String title, String publisher, String stance, LocalDate publishedAt,
                           String archivedUrl, String reliability) {
}
