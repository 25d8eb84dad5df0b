package org.claimdesk.export;

import java.time.Instant;

/** A claim's public page: its address, state, the short form of the claim it shows, who published it and when. */
public record PublicationDetails(long claimId, String slug, String url, PublicationState state, String claimReviewed,
                                 String publishedBy, Instant publishedAt, long version) {
}
