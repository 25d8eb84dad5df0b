package org.claimdesk.webhook;

import org.claimdesk.export.PublicationChanged;

import java.time.Instant;
import java.util.Set;

/**
 * A registered webhook as admins see it; never its secret (shown once, on creation: {@link IssuedWebhook}).
 *
 * @param teamId   the team whose claims it hears of; null for every team
 * @param teamName that team's name; null for every team
 * @param kinds    the kinds of change it hears of (all four unless the admin chose fewer)
 */
public record WebhookDetails(long id, String url, Long teamId, String teamName, Set<PublicationChanged.Kind> kinds,
                             boolean enabled, String createdBy, Instant createdAt, String updatedBy,
                             Instant updatedAt, long version) {
}
