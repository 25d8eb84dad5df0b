package org.claimdesk.extraction;

import java.util.List;

/**
 * One sourced claim found in a text.
 *
 * @param text                the asserted content
 * @param sentence            the whole sentence the claim comes from
 * @param start               offset of the claim's span in the input (inclusive)
 * @param end                 offset of the claim's span in the input (exclusive): input.substring(start, end)
 * @param claimant            canonical name of who makes the claim ("Mark Rutte"), never null
 * @param claimantDescription title or role as written ("the NATO chief"), or null
 * @param cue                 the reporting verb or phrase ("said", "according to"), or null
 * @param via                 the intermediary that relays the claim ("the presidential office"), or null
 * @param type                what kind of claim it is
 * @param quantities          the figures in the claim
 * @param hedges              hedging words as written ("some", "expected to")
 * @param checkWorthiness     0..1, how much the claim deserves checking
 */
public record ExtractedClaim(
        String text,
        String sentence,
        int start,
        int end,
        String claimant,
        String claimantDescription,
        String cue,
        String via,
        ClaimType type,
        List<ExtractedQuantity> quantities,
        List<String> hedges,
        double checkWorthiness) {

    public ExtractedClaim {
        quantities = List.copyOf(quantities);
        hedges = List.copyOf(hedges);
    }
}
