package org.claimdesk.claim;

import java.time.Instant;

/** One comment in a claim's discussion. */
public record CommentView(long id, long claimId, String author, Instant at, String body) {
}
