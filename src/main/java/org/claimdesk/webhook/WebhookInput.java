package org.claimdesk.webhook;

import org.claimdesk.export.PublicationChanged;

import java.util.Set;

/**
 * What an admin sets on a webhook.
 *
 * @param teamId  the team whose claims it hears of; null for every team
 * @param kinds   the kinds of change it hears of; null or empty for all
 * @param enabled a disabled webhook hears of nothing, and its pending deliveries wait until it is enabled again
 */
public record WebhookInput(String url, Long teamId, Set<PublicationChanged.Kind> kinds, boolean enabled) {
}
