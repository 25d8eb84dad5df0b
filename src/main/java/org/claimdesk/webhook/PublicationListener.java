package org.claimdesk.webhook;

import org.claimdesk.export.PublicationChanged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * Turns a claim's publication change into one pending delivery per webhook that hears of it (enabled, subscribed
 * to the kind, and for the claim's team or every team). Runs after the publishing transaction commits (a change
 * that rolls back sends nothing), in its own transaction, with the event kept in Spring Modulith's registry until
 * it succeeds. An event handled twice (resubmitted after a failure) finds its deliveries and adds none; the
 * unique (webhook, event) key guards a race between two handlings. The job ({@link DeliveryJob}) sends them.
 */
@Component
class PublicationListener {

    private final WebhookRepository webhooks;
    private final WebhookDeliveryRepository deliveries;
    private final Clock clock;

    PublicationListener(WebhookRepository webhooks, WebhookDeliveryRepository deliveries, Clock clock) {
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(PublicationChanged e) {
        String key = DeliveryPayload.eventKey(e);
        String payload = null;
        for (Webhook w : webhooks.findByEnabledTrue()) {
            if (!w.hears(e) || deliveries.existsByWebhookIdAndEventKey(w.getId(), key)) {
                continue;
            }
            payload = payload == null ? DeliveryPayload.of(e) : payload;
            deliveries.save(new WebhookDelivery(w.getId(), key, e.kind().name(), e.claimId(), payload, clock.instant()));
        }
    }
}
