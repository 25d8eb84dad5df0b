package org.claimdesk.article;

import org.claimdesk.claim.ClaimLimits;
import org.claimdesk.claim.NewClaim;
import org.claimdesk.claim.NewQuantity;
import org.claimdesk.extraction.ClaimExtractor;
import org.claimdesk.extraction.ExtractedClaim;
import org.claimdesk.extraction.ExtractedQuantity;
import org.springframework.stereotype.Component;

import java.util.List;

/** Runs the extraction engine on an article's text and turns what it finds into claims to store. */
@Component
class ClaimsFromText {

    private final ClaimExtractor extractor = ClaimExtractor.standard();
    private final ImportMetrics metrics;

    ClaimsFromText(ImportMetrics metrics) {
        this.metrics = metrics;
    }

    List<NewClaim> claimsOf(String text) {
        return metrics.timeExtraction(() -> extractor.extract(text)).stream().map(ClaimsFromText::toNewClaim).toList();
    }

    /** The figures in a piece of text, parsed as extraction parses them. */
    List<NewQuantity> figuresIn(String text) {
        return extractor.quantitiesIn(text).stream().map(ClaimsFromText::toNewQuantity).toList();
    }

    private static NewQuantity toNewQuantity(ExtractedQuantity q) {
        return new NewQuantity(clip(q.text(), ClaimLimits.MAX_QUANTITY_TEXT), q.value(), clip(q.unit(), ClaimLimits.MAX_UNIT),
                q.approximate());
    }

    private static NewClaim toNewClaim(ExtractedClaim c) {
        // Extraction works on any text; the database has column limits. A claim longer than its column (only
        // in pathological text without sentence ends) is shortened rather than failing the whole import.
        return new NewClaim(
                clip(c.text(), ClaimLimits.MAX_TEXT),
                clip(c.sentence(), ClaimLimits.MAX_SENTENCE),
                c.start(), c.end(),
                clip(c.claimant() == null || c.claimant().isBlank() ? "the article" : c.claimant(), ClaimLimits.MAX_CLAIMANT),
                clip(c.claimantDescription(), ClaimLimits.MAX_CLAIMANT_DESCRIPTION),
                clip(c.cue(), ClaimLimits.MAX_CUE),
                clip(c.via(), ClaimLimits.MAX_VIA),
                c.type(),
                c.quantities().stream().map(ClaimsFromText::toNewQuantity).toList(),
                c.hedges(),
                Math.max(0, Math.min(1, c.checkWorthiness())));
    }

    private static String clip(String s, int max) {
        if (s == null || s.length() <= max) {
            return s;
        }
        return s.substring(0, max - 1) + "…";
    }
}
