package org.claimdesk.claim;

import java.time.Instant;

/** One comment in a claim's discussion. */
public record CommentDetails(long id, long claimId, String author, Instant at, String body) {
}
