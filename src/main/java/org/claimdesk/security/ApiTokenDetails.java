package org.claimdesk.security;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A token as its owner (or an admin) sees it in a list: never the token, only its first characters.
 *
 * @param expiresOn  the last day (UTC) it works, or null
 * @param lastUsedAt the last recorded use (recorded at most once a minute), or null
 * @param revokedAt  when it was revoked, or null while it works
 */
public record ApiTokenDetails(long id, String owner, String name, String tokenStart, LocalDate expiresOn,
                              Instant createdAt, Instant lastUsedAt, Instant revokedAt, String revokedBy,
                              boolean active) {
}
