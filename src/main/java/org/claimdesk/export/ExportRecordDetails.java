package org.claimdesk.export;

import java.time.Instant;

/** One export as the exports list shows it: who, when, which claims, which format, how many, and whether it finished. */
public record ExportRecordDetails(long id, String exportedBy, Instant exportedAt, String filter, ExportFormat format,
                                  long rowCount, boolean completed) {
}
