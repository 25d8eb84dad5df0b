package org.claimdesk.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One event to deliver to one webhook, and how its attempts went. The body is fixed when the event arrives, so
 * every attempt sends (and signs) the same bytes. Not a Tracked record: nobody edits a delivery; the job claims
 * and settles it with conditional updates ({@link WebhookDeliveryRepository}).
 */
@Entity
@Table(name = "webhook_delivery")
class WebhookDelivery {

    static final int MAX_ERROR = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "webhook_id", nullable = false)
    private long webhookId;

    @Column(name = "event_key", nullable = false, length = 120)
    private String eventKey;

    @Column(nullable = false, length = 30)
    private String event;

    @Column(name = "claim_id", nullable = false)
    private long claimId;

    @Column(nullable = false, length = 1048576)
    private String payload;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DeliveryStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_attempt_at")
    private Instant lastAttemptAt;

    @Column(name = "last_status_code")
    private Integer lastStatusCode;

    @Column(name = "last_error", length = MAX_ERROR)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    protected WebhookDelivery() {
    }

    WebhookDelivery(long webhookId, String eventKey, String event, long claimId, String payload, Instant at) {
        this.webhookId = webhookId;
        this.eventKey = eventKey;
        this.event = event;
        this.claimId = claimId;
        this.payload = payload;
        this.status = DeliveryStatus.PENDING;
        this.nextAttemptAt = at;
        this.createdAt = at;
    }

    /** The receiver answered 2xx. */
    void delivered(int statusCode, Instant at) {
        status = DeliveryStatus.DELIVERED;
        lastStatusCode = statusCode;
        lastError = null;
        deliveredAt = at;
    }

    /** The attempt failed: tried again at {@code next}, or FAILED for good when next is null. */
    void attemptFailed(Integer statusCode, String error, Instant next) {
        lastStatusCode = statusCode;
        lastError = error == null || error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR - 1) + "…";
        if (next == null) {
            status = DeliveryStatus.FAILED;
        } else {
            nextAttemptAt = next;
        }
    }

    Long getId() { return id; }
    long getWebhookId() { return webhookId; }
    String getEvent() { return event; }
    String getPayload() { return payload; }
    DeliveryStatus getStatus() { return status; }
    int getAttempts() { return attempts; }
    Instant getNextAttemptAt() { return nextAttemptAt; }

    DeliveryDetails details() {
        return new DeliveryDetails(id, webhookId, event, claimId, status, attempts, createdAt, lastAttemptAt,
                status == DeliveryStatus.PENDING ? nextAttemptAt : null, lastStatusCode, lastError, deliveredAt);
    }
}
