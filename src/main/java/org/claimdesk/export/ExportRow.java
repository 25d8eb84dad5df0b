package org.claimdesk.export;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One claim as every export format sees it: the claim, its article, its verdict (when it has one), its sources,
 * who worked on it and where it is published. The formats (CSV, JSON, ClaimReview, the editor's report) are
 * views of this record, so they cannot disagree about a claim.
 *
 * @param figures             the claim's figures as written ("11,000 soldiers")
 * @param attribution         CONFIRMED, MISATTRIBUTED, UNCONFIRMED; null without a verdict
 * @param rating              the rating's name (e.g. FALSE); null without a verdict
 * @param ratingLabel         the rating as the scale names it for readers ("False")
 * @param ratingScore         its value on the scale ({@code worstRating}..{@code bestRating}); null when unscored
 * @param independentOutlets  distinct publishers supporting the claim
 * @param claimReviewed       the short form of the claim a ClaimReview shows (defaults to the trimmed claim text)
 * @param publicUrl           the public fact-check page when published, otherwise null
 */
public record ExportRow(
        long claimId,
        String claimText,
        String claimant,
        String claimantDescription,
        String via,
        String type,
        List<String> figures,
        String status,
        long articleId,
        String articleTitle,
        String articleUrl,
        String articlePublisher,
        LocalDate articlePublishedAt,
        Instant claimCreatedAt,
        String attribution,
        String rating,
        String ratingLabel,
        Integer ratingScore,
        String rationale,
        String verdictAuthor,
        Instant decidedAt,
        String approvedBy,
        Instant approvedAt,
        List<ExportSource> sources,
        int independentOutlets,
        String assignee,
        String claimReviewed,
        String publicUrl) {

    public ExportRow {
        figures = figures == null ? List.of() : List.copyOf(figures);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
