package org.claimdesk.webhook;

import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.Role;
import org.claimdesk.security.TeamService;
import org.claimdesk.security.TeamSummary;
import org.claimdesk.shared.ConflictException;
import org.claimdesk.shared.InputRejectedException;
import org.claimdesk.shared.NotFoundException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What admins do with webhooks: list, register (the secret is returned this once), change, delete, and read a
 * webhook's delivery log. The URL is checked when saved ({@link WebhookAddresses}); a change is checked against the
 * version the admin read.
 */
@Service
public class WebhookService {

    /** The most lines a delivery log shows, newest first. */
    public static final int MAX_LOG = 200;

    private final WebhookRepository webhooks;
    private final WebhookDeliveryRepository deliveries;
    private final WebhookAddresses addresses;
    private final TeamService teams;
    private final CurrentUser currentUser;
    private final Clock clock;

    WebhookService(WebhookRepository webhooks, WebhookDeliveryRepository deliveries, WebhookAddresses addresses,
                   TeamService teams, CurrentUser currentUser, Clock clock) {
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.addresses = addresses;
        this.teams = teams;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Every webhook, oldest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.ADMINS)
    public List<WebhookDetails> list() {
        Map<Long, String> teamNames = teamNames();
        return webhooks.findAllByOrderByIdAsc().stream().map(w -> w.details(teamNames.get(w.getTeamId()))).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Role.ADMINS)
    public WebhookDetails get(long id) {
        Webhook w = webhook(id);
        return w.details(teamNames().get(w.getTeamId()));
    }

    /** Registers a webhook with a new secret, returned here once. */
    @Transactional
    @PreAuthorize(Role.ADMINS)
    public IssuedWebhook create(WebhookInput input) {
        Webhook w = new Webhook(WebhookSignature.newSecret());
        String teamName = apply(w, input);
        Webhook saved = webhooks.saveAndFlush(w);
        return new IssuedWebhook(saved.details(teamName), saved.getSecret());
    }

    /** Sets URL, team, kinds and enabled as the admin sees them; the secret stays. */
    @Transactional
    @PreAuthorize(Role.ADMINS)
    public WebhookDetails update(long id, WebhookInput input, long version) {
        Webhook w = webhook(id);
        checkVersion(w, version);
        String teamName = apply(w, input);
        return webhooks.saveAndFlush(w).details(teamName);
    }

    /** Deletes a webhook and its delivery log; pending deliveries are not sent. */
    @Transactional
    @PreAuthorize(Role.ADMINS)
    public void delete(long id, long version) {
        Webhook w = webhook(id);
        checkVersion(w, version);
        webhooks.delete(w);
    }

    /** The webhook's deliveries, newest first (at most {@link #MAX_LOG}). */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.ADMINS)
    public List<DeliveryDetails> deliveries(long webhookId) {
        webhook(webhookId);
        return deliveries.findByWebhookIdOrderByIdDesc(webhookId, PageRequest.of(0, MAX_LOG)).stream()
                .map(WebhookDelivery::details).toList();
    }

    /** Checks the input and sets it on the webhook; returns the team's name (null: every team). */
    private String apply(Webhook w, WebhookInput input) {
        if (input == null) {
            throw new InputRejectedException("Send the webhook's url, and optionally teamId, kinds and enabled.");
        }
        String url = addresses.checked(input.url());
        String teamName = null;
        if (input.teamId() != null) {
            teamName = teamNames().get(input.teamId());
            if (teamName == null) {
                throw new InputRejectedException("teamId", "There is no team " + input.teamId() + ".");
            }
        }
        if (input.kinds() != null && input.kinds().stream().anyMatch(Objects::isNull)) {
            throw new InputRejectedException("kinds", "The kinds are PUBLISHED, UNPUBLISHED, UNDER_REVIEW and REVERIFIED.");
        }
        w.set(url, input.teamId(), input.kinds(), input.enabled(), currentUser.name(), clock.instant());
        return teamName;
    }

    private Map<Long, String> teamNames() {
        return teams.list().stream().collect(Collectors.toMap(TeamSummary::id, TeamSummary::name, (a, b) -> a));
    }

    private Webhook webhook(long id) {
        return webhooks.findById(id).orElseThrow(() -> new NotFoundException("Webhook", id));
    }

    /** A stale copy is refused naming who changed the webhook last and when. */
    private static void checkVersion(Webhook w, long version) {
        if (w.getVersion() != version) {
            String by = w.getUpdatedBy() == null ? "Someone" : w.getUpdatedBy();
            Instant at = w.getUpdatedAt();
            Map<String, Object> facts = new HashMap<>();
            facts.put("currentVersion", w.getVersion());
            facts.put("changedBy", by);
            facts.put("changedAt", at.toString());
            throw new ConflictException(by + " changed webhook " + w.getId() + " at "
                    + at.toString().replace('T', ' ').replaceAll("(\\.\\d+)?Z$", " UTC")
                    + " after you opened it; reload and apply your change again.", facts);
        }
    }
}
