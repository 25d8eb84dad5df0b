package org.claimdesk.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * The rule-based extraction engine: sentences, attributions, coreference, figures. Stateless and thread-safe:
 * each call reads its article in a fresh {@link ArticleExtraction}.
 */
public final class RuleBasedClaimExtractor implements ClaimExtractor {

    public static final RuleBasedClaimExtractor INSTANCE = new RuleBasedClaimExtractor();

    private RuleBasedClaimExtractor() {
    }

    /** The figures written in a piece of text (a claim a person marks by hand), parsed as in claims. */
    @Override
    public List<ExtractedQuantity> quantitiesIn(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Quantities.find(text).stream().map(Quantities.Found::quantity).toList();
    }

    @Override
    public List<ExtractedClaim> extract(String text) {
        if (text == null || text.isBlank()) {
            return new ArrayList<>();
        }
        return ArticleExtraction.claimsOf(text);
    }
}
