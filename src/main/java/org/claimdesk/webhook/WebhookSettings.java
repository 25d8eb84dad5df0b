package org.claimdesk.webhook;

import java.time.Duration;

/**
 * How webhooks are delivered, bound from {@code claimdesk.webhooks.*} (see {@link WebhookConfiguration}); a plain
 * record so the address check and the back-off are tested without Spring.
 *
 * @param allowPrivateAddresses whether a webhook may point at a private, loopback, link-local, multicast or
 *                              unspecified address (off in production: a webhook must not reach the intranet)
 * @param maxAttempts           attempts before a delivery is FAILED for good
 * @param firstRetry            the wait after the first failed attempt
 * @param backoffFactor         each further wait is this many times the one before (1 min, 5, 25, ...)
 * @param connectTimeout        how long a connection may take
 * @param readTimeout           how long the receiver may take to answer, once connected
 */
public record WebhookSettings(boolean allowPrivateAddresses, int maxAttempts, Duration firstRetry, int backoffFactor,
                              Duration connectTimeout, Duration readTimeout) {

    /** The longest wait between two attempts, however many failed before. */
    static final Duration MAX_WAIT = Duration.ofHours(24);

    public WebhookSettings {
        maxAttempts = Math.max(1, maxAttempts);
        backoffFactor = Math.max(1, backoffFactor);
        firstRetry = firstRetry == null || firstRetry.isNegative() ? Duration.ofMinutes(1) : firstRetry;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(10) : readTimeout;
    }

    /** The defaults: private addresses refused, 6 attempts 1, 5, 25, 125 and 625 minutes apart, 5 s / 10 s. */
    public static WebhookSettings defaults() {
        return new WebhookSettings(false, 6, Duration.ofMinutes(1), 5, Duration.ofSeconds(5), Duration.ofSeconds(10));
    }

    /** The wait after the {@code attempts}-th failed attempt: firstRetry × factor^(attempts-1), at most a day. */
    Duration waitAfter(int attempts) {
        Duration wait = firstRetry;
        for (int i = 1; i < attempts && wait.compareTo(MAX_WAIT) < 0; i++) {
            wait = wait.multipliedBy(backoffFactor);
        }
        return wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
    }
}
