package org.claimdesk.claim;

import org.claimdesk.extraction.ClaimType;
import java.time.Instant;
import java.util.List;

/** Everything known about one claim. */
public record ClaimDetails(
        long id,
        long articleId,
        String articleTitle,
        String text,
        String sentence,
        int start,
        int end,
        String claimant,
        String claimantDescription,
        String cue,
        String via,
        ClaimType type,
        ClaimStatus status,
        List<QuantityDetails> quantities,
        List<String> hedges,
        double checkWorthiness,
        long version,
        Instant createdAt,
        Instant updatedAt,
        String updatedBy,
        ClaimOrigin origin,
        Long teamId) {
}
