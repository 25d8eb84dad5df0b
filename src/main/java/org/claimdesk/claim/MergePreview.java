package org.claimdesk.claim;

/**
 * What merging two claims would give, shown to the fact-checker before they confirm: the merged words, and
 * both claimants when they differ (the person then chooses which one the merged claim keeps).
 */
public record MergePreview(long firstId, long secondId, String mergedText, String firstClaimant,
                           String secondClaimant) {

    public boolean sameClaimant() {
        return ClaimCorrections.sameClaimant(firstClaimant, secondClaimant);
    }
}
