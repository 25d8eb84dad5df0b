package org.claimdesk.priorcheck;

/** ClaimReview JSON-LD as publishers write it, for tests. */
public final class ClaimReviews {

    private ClaimReviews() {
    }

    /** One compact ClaimReview; {@code claimReviewed} may be null to leave it out. */
    public static String review(String url, String claimReviewed, String claimant, String rating) {
        return """
                {"@context": "https://schema.org", "@type": "ClaimReview",
                 "url": "%s",
                 %s
                 "datePublished": "2024-10-25T09:30:00+02:00",
                 "author": {"@type": "Organization", "name": "Check Desk Europe", "url": "https://checkdesk.example.org"},
                 "itemReviewed": {"@type": "Claim",
                   "author": {"@type": "Person", "name": "%s"},
                   "datePublished": "2024-10-23",
                   "appearance": [{"@type": "CreativeWork", "url": "https://news.example.org/story"}]},
                 "reviewRating": {"@type": "Rating", "ratingValue": 4, "bestRating": 5, "worstRating": 1,
                   "alternateName": "%s"}}
                """.formatted(url, claimReviewed == null ? "" : "\"claimReviewed\": \"" + claimReviewed + "\",",
                claimant, rating);
    }

    public static String review(String url, String claimReviewed) {
        return review(url, claimReviewed, "Volodymyr Zelenskyy", "Mostly true");
    }
}
