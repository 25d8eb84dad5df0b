package org.claimdesk.audit;

import java.time.Instant;

/** One line of a record's history: who did what when, and the value before and after. */
public record HistoryEntry(long id, String entityType, long entityId, Long articleId, String action, String field,
                           String before, String after, String actor, Instant at) {
}
