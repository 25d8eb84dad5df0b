package org.claimdesk.extraction;

import java.util.List;

/** Helpers of the news-format tests: extract, find a claim by its words, list values. */
final class NewsFormats {

    private NewsFormats() {
    }

    static List<ExtractedClaim> all(String text) {
        return RuleBasedClaimExtractor.INSTANCE.extract(text);
    }

    static ExtractedClaim find(List<ExtractedClaim> claims, String key) {
        return claims.stream().filter(c -> c.text().contains(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim with '" + key + "' in " + claims));
    }

    static boolean none(List<ExtractedClaim> claims, String words) {
        return claims.stream().noneMatch(c -> c.text().contains(words));
    }

    static List<Double> values(ExtractedClaim c) {
        return c.quantities().stream().map(ExtractedQuantity::value).toList();
    }

    static List<Double> figures(String text) {
        return RuleBasedClaimExtractor.INSTANCE.quantitiesIn(text).stream().map(ExtractedQuantity::value).toList();
    }
}
