package org.claimdesk.export;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Hand-built export rows for the writers' tests: a verified claim with a verdict and sources, changed per test. */
final class SampleRows {

    long claimId = 11;
    String claimText = "North Korea has sent 11,000 soldiers to Russia.";
    String claimant = "South Korea's National Intelligence Service";
    String claimantDescription = "the country's spy agency";
    String status = "VERIFIED";
    long articleId = 3;
    String articleTitle = "North Korean troops in Kursk";
    String articleUrl = "https://news.example.org/nk-troops";
    String articlePublisher = "Example News";
    LocalDate articlePublishedAt = LocalDate.of(2024, 11, 4);
    String attribution = "CONFIRMED";
    String rating = "MOSTLY_TRUE";
    String ratingLabel = "Mostly true";
    Integer ratingScore = 4;
    String rationale = "Two independent outlets report the figure.";
    String verdictAuthor = "checker";
    String approvedBy = "editor";
    Instant approvedAt = Instant.parse("2024-11-06T09:30:00Z");
    List<ExportSource> sources = new ArrayList<>(List.of(
            new ExportSource("https://wire.example.com/nk", "NIS briefing", "Example Wire", "SUPPORTS",
                    LocalDate.of(2024, 11, 4), null, "HIGH"),
            new ExportSource("https://daily.example.net/kursk", "Troops in Kursk", "Daily", "SUPPORTS",
                    LocalDate.of(2024, 11, 5), "https://archive.example.org/kursk", null)));
    String claimReviewed = "North Korea sent 11,000 soldiers to Russia";
    String publicUrl = null;

    static SampleRows verified() {
        return new SampleRows();
    }

    SampleRows claim(long id, String text) {
        this.claimId = id;
        this.claimText = text;
        this.claimReviewed = null;
        return this;
    }

    SampleRows article(long id, String title, String url) {
        this.articleId = id;
        this.articleTitle = title;
        this.articleUrl = url;
        return this;
    }

    ExportRow build() {
        return new ExportRow(claimId, claimText, claimant, claimantDescription, null, "STATISTIC",
                List.of("11,000 soldiers"), status, articleId, articleTitle, articleUrl, articlePublisher,
                articlePublishedAt, Instant.parse("2024-11-05T08:00:00Z"), attribution, rating, ratingLabel,
                ratingScore, rationale, verdictAuthor, Instant.parse("2024-11-05T16:00:00Z"), approvedBy,
                approvedAt, sources, 2, "checker", claimReviewed, publicUrl);
    }
}
