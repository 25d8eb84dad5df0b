package org.claimdesk.webhook;

import java.time.Instant;

/**
 * One line of a webhook's delivery log.
 *
 * @param lastStatusCode the receiver's last HTTP status; null when it never answered
 * @param lastError      why the last attempt failed, short; null when it did not
 */
public record DeliveryDetails(long id, long webhookId, String event, long claimId, DeliveryStatus status,
                              int attempts, Instant createdAt, Instant lastAttemptAt, Instant nextAttemptAt,
                              Integer lastStatusCode, String lastError, Instant deliveredAt) {

    /** The last response in a few words: "200", "500", "timed out", ... */
    public String lastResponse() {
        if (lastStatusCode != null) {
            return lastError == null ? String.valueOf(lastStatusCode) : lastStatusCode + " " + lastError;
        }
        return lastError == null ? "" : lastError;
    }
}
