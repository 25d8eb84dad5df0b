package org.claimdesk.export;

/**
 * Where a claim's public page stands: readable ({@code PUBLISHED}), readable with an "under review" notice and no
 * ClaimReview markup while its claim is reopened ({@code UNDER_REVIEW}), or gone ({@code UNPUBLISHED}: 410).
 */
public enum PublicationState {
    PUBLISHED, UNDER_REVIEW, UNPUBLISHED
}
