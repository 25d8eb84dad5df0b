package org.claimdesk.shared;

import java.time.Instant;

/**
 * Something changed that the history must keep: published by the module that made the change, inside its
 * transaction, and written by the audit module in the same transaction (so no change is ever without its
 * history entry, and no entry without its change).
 *
 * @param entityType "CLAIM", ...
 * @param field      the field changed, or null for whole-record actions (created, deleted, merged)
 * @param before     the value before, as text, or null
 * @param after      the value after, as text, or null
 */
public record ChangeRecorded(String entityType, long entityId, Long articleId, String action, String field,
                             String before, String after, String actor, Instant at) {
}
