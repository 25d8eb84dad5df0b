package org.claimdesk.claim;

import org.claimdesk.extraction.ClaimType;
import java.util.List;

/** A claim as the claims grid lists it. */
public record ClaimSummary(
        long id,
        long articleId,
        String articleTitle,
        String text,
        String claimant,
        ClaimType type,
        ClaimStatus status,
        List<QuantityDetails> quantities,
        double checkWorthiness) {

    /** The figures as written, for a grid cell. */
    public String figures() {
        return String.join("; ", quantities.stream().map(QuantityDetails::text).toList());
    }
}
