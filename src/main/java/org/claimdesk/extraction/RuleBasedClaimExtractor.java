package org.claimdesk.extraction;

import java.util.List;

/** Rule-based extraction engine (placeholder while the engine is assembled). */
public final class RuleBasedClaimExtractor implements ClaimExtractor {

    public static final RuleBasedClaimExtractor INSTANCE = new RuleBasedClaimExtractor();

    private RuleBasedClaimExtractor() {
    }

    @Override
    public List<ExtractedClaim> extract(String text) {
        return List.of();
    }
}
