package org.claimdesk.security;

import java.time.Instant;

/** One line of the auth log, as admins read it. {@code username} is null for an API token attempt. */
public record AuthLogEntry(long id, Instant occurredAt, String username, String remoteAddress, AuthChannel channel,
                           AuthOutcome outcome, String reason) {
}
