/**
 * Webhooks: URLs an admin registers ({@code admin/webhooks}, {@code /api/v1/webhooks}) that receive a JSON POST,
 * signed with HMAC-SHA256, when a claim's public fact-check page is published, unpublished, put under review or
 * verified again ({@link org.claimdesk.export.PublicationChanged}).
 * <p>
 * A webhook belongs to one team and hears only of that team's claims, or, with no team, of every team's (only
 * admins register webhooks, and admins see all teams). It may be limited to some kinds of change.
 * <p>
 * The event is handled after the publishing transaction commits ({@code @ApplicationModuleListener}): one
 * pending {@code webhook_delivery} per webhook that hears of it, found again (not duplicated) when the event is
 * handled twice. A scheduled job sends due deliveries, each attempt claimed with a conditional update so two runs
 * or nodes never send it twice, and retries failures with exponential back-off up to a number of attempts
 * ({@code claimdesk.webhooks.*}). URLs must be http(s) and resolve to public addresses, checked on save and again
 * before each attempt, unless {@code claimdesk.webhooks.allow-private-addresses} is true.
 */
package org.claimdesk.webhook;
