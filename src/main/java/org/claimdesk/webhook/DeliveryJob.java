package org.claimdesk.webhook;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Sends the deliveries that are due: new ones, and failed ones whose back-off has passed
 * ({@link WebhookSettings#waitAfter}). Runs on a schedule ({@code claimdesk.webhooks.every}, default 10 seconds)
 * with nobody signed in, so it works with repositories. Each attempt is claimed with a conditional update before
 * it is sent, so two runs (or two nodes) never send one attempt twice; the request is made outside any
 * transaction, and its outcome is recorded in a transaction of its own.
 */
@Component
class DeliveryJob {

    private static final Logger log = LoggerFactory.getLogger(DeliveryJob.class);

    /** The most deliveries one run attempts; the next run takes the rest. */
    static final int BATCH = 50;

    private final WebhookDeliveryRepository deliveries;
    private final WebhookRepository webhooks;
    private final WebhookSender sender;
    private final WebhookSettings settings;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DeliveryJob(WebhookDeliveryRepository deliveries, WebhookRepository webhooks, WebhookSender sender,
                WebhookSettings settings, PlatformTransactionManager transactionManager, Clock clock) {
        this.deliveries = deliveries;
        this.webhooks = webhooks;
        this.sender = sender;
        this.settings = settings;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${claimdesk.webhooks.first:PT30S}",
            fixedDelayString = "${claimdesk.webhooks.every:PT10S}")
    // one node at a time (shared/SchedulerLocks); at most: a full batch of attempts that all time out (50 x 15 s),
    // at least: a little under the period, so a node whose schedule fires a moment later skips that round
    @SchedulerLock(name = "webhook-deliveries", lockAtMostFor = "PT15M", lockAtLeastFor = "PT5S")
    void onSchedule() {
        try {
            int sent = deliverDue();
            if (sent > 0) {
                log.info("Made {} webhook delivery attempts", sent);
            }
        } catch (RuntimeException e) {
            log.warn("Webhook deliveries failed; the next run tries again", e);
        }
    }

    /** Attempts the deliveries due now; returns how many attempts this call made. */
    int deliverDue() {
        int attempted = 0;
        for (WebhookDeliveryRepository.Due due : deliveries.due(DeliveryStatus.PENDING, clock.instant(),
                PageRequest.of(0, BATCH))) {
            if (attempt(due)) {
                attempted++;
            }
        }
        return attempted;
    }

    private boolean attempt(WebhookDeliveryRepository.Due due) {
        record Claimed(WebhookDelivery delivery, Webhook webhook) {
        }
        Claimed claimed = transactions.execute(status -> {
            Instant now = clock.instant();
            // longer than one attempt can take, so the lease never runs out while this node is still sending
            Instant leaseUntil = now.plus(settings.connectTimeout().plus(settings.readTimeout()).multipliedBy(2))
                    .plus(Duration.ofMinutes(1));
            if (deliveries.claim(due.id(), due.attempts(), DeliveryStatus.PENDING, now, leaseUntil) != 1) {
                return null; // another run or node took it, or it changed meanwhile
            }
            WebhookDelivery d = deliveries.findById(due.id()).orElseThrow();
            return new Claimed(d, webhooks.findById(d.getWebhookId()).orElseThrow());
        });
        if (claimed == null) {
            return false;
        }
        WebhookSender.Outcome outcome = sender.send(claimed.webhook().getUrl(), claimed.webhook().getSecret(),
                claimed.delivery().getId(), claimed.delivery().getEvent(), claimed.delivery().getPayload());
        int attempts = due.attempts() + 1;
        transactions.executeWithoutResult(status -> deliveries.findById(due.id()).ifPresent(d -> {
            Instant now = clock.instant();
            if (outcome.delivered()) {
                d.delivered(outcome.statusCode(), now);
            } else {
                d.attemptFailed(outcome.statusCode(), outcome.error(),
                        attempts >= settings.maxAttempts() ? null : now.plus(settings.waitAfter(attempts)));
            }
        }));
        return true;
    }
}
