package org.claimdesk.extraction;

import java.util.List;

/**
 * Turns article text into the sourced claims it contains. Implementations are plain Java, loaded once and
 * safe to call from many threads at the same time.
 */
public interface ClaimExtractor {

    /** The claims of {@code text}, in the order their spans appear. Never null; empty for blank text. */
    List<ExtractedClaim> extract(String text);

    /**
     * The figures written in {@code text} (for claims a person marks by hand), parsed as {@link #extract}
     * parses them. Engines that cannot tell return an empty list.
     */
    default List<ExtractedQuantity> quantitiesIn(String text) {
        return List.of();
    }

    /** The engine used by the application, the CLI and the benchmark. */
    static ClaimExtractor standard() {
        return RuleBasedClaimExtractor.INSTANCE;
    }
}
