package org.claimdesk.evidence;

import java.util.List;

/** A claim's sources (with their publishers' reliability) and the independent corroboration they add up to. */
public record ClaimEvidence(List<SourceDetails> sources, Corroboration corroboration) {

    public ClaimEvidence {
        sources = List.copyOf(sources);
    }
}
