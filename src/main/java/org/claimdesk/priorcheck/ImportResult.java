package org.claimdesk.priorcheck;

import java.util.List;

/**
 * What an import stored: the new prior checks, the fact-check links skipped because the team holds them
 * already (not an error), and how many claim links the related-claims finder suggested.
 */
public record ImportResult(List<PriorCheckDetails> imported, List<String> skippedDuplicates, int suggestedLinks) {
}
