package org.claimdesk.export;

import java.time.Instant;

/**
 * A claim's public fact-check page changed: published, unpublished, put "under review" (its claim was reopened) or
 * verified again. Published after the change commits by the publishing part of this module; webhooks and other
 * listeners handle it with {@code @ApplicationModuleListener}.
 *
 * @param url the public page ({@code /fact-checks/{slug}}), absolute
 * @param claimReviewJson the claim's ClaimReview JSON-LD at that moment (null when unpublished)
 */
public record PublicationChanged(long claimId, long teamId, String slug, String url, Kind kind, String actor,
                                 Instant at, String claimReviewJson) {

    public enum Kind { PUBLISHED, UNPUBLISHED, UNDER_REVIEW, REVERIFIED }
}
