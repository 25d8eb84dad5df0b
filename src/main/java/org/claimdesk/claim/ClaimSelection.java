package org.claimdesk.claim;

import org.claimdesk.extraction.ClaimType;

import java.time.Instant;
import java.util.Set;

/**
 * Which claims a bulk reader (the export) walks through; every part is optional (null or empty = any).
 *
 * @param query         words in the claim text or claimant, as in {@link ClaimFilter}
 * @param statuses      the statuses to include; empty = every status
 * @param createdFrom   claims created at or after this instant
 * @param createdBefore claims created before this instant
 */
public record ClaimSelection(String query, Set<ClaimStatus> statuses, ClaimType type, Long articleId, Long teamId,
                             Instant createdFrom, Instant createdBefore) {

    public ClaimSelection {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }
}
