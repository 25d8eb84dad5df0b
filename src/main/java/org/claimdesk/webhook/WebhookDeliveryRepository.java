package org.claimdesk.webhook;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.List;

interface WebhookDeliveryRepository extends JpaRepository<WebhookDelivery, Long> {

    boolean existsByWebhookIdAndEventKey(long webhookId, String eventKey);

    List<WebhookDelivery> findByWebhookIdOrderByIdDesc(long webhookId, Pageable page);

    /** A delivery the job may try now, with the attempt count it was read at (its claim token). */
    record Due(long id, int attempts) {
    }

    /** Pending deliveries whose time has come, of enabled webhooks, oldest due first. */
    @Query("select new org.claimdesk.webhook.WebhookDeliveryRepository$Due(d.id, d.attempts) from WebhookDelivery d, "
            + "Webhook w where w.id = d.webhookId and w.enabled = true and d.status = :pending "
            + "and d.nextAttemptAt <= :now order by d.nextAttemptAt, d.id")
    List<Due> due(@Param("pending") DeliveryStatus pending, @Param("now") Instant now, Pageable page);

    /**
     * Claims a due delivery for one attempt: counts the attempt and moves its next attempt past the time one
     * attempt may take (so a node that dies mid-attempt leaves it to be tried again later). Only the run that
     * read this attempt count gets 1; a second run or node gets 0 and leaves it alone, so one attempt is never
     * sent twice.
     */
    @Modifying
    @Query("update WebhookDelivery d set d.attempts = d.attempts + 1, d.lastAttemptAt = :now, "
            + "d.nextAttemptAt = :leaseUntil where d.id = :id and d.attempts = :attempts and d.status = :pending "
            + "and d.nextAttemptAt <= :now")
    int claim(@Param("id") long id, @Param("attempts") int attempts, @Param("pending") DeliveryStatus pending,
              @Param("now") Instant now, @Param("leaseUntil") Instant leaseUntil);
}
