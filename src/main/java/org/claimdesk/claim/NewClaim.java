package org.claimdesk.claim;

import org.claimdesk.extraction.ClaimType;
import java.util.List;

/** A claim being stored for an article, as extraction found it (or a fact-checker wrote it). */
public record NewClaim(
        String text,
        String sentence,
        int start,
        int end,
        String claimant,
        String claimantDescription,
        String cue,
        String via,
        ClaimType type,
        List<NewQuantity> quantities,
        List<String> hedges,
        double checkWorthiness) {
}
