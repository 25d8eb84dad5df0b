package org.claimdesk.security;

import org.springframework.security.authentication.LockedException;

import java.time.Duration;

/**
 * A sign-in refused by the throttle, its password not even checked. A {@link LockedException} (an account
 * status) so that Spring Security's provider manager stops at once and asks no other provider.
 */
public class SignInThrottledException extends LockedException {

    private final Duration retryAfter;

    SignInThrottledException(Duration retryAfter) {
        super("Too many failed sign-ins; try again in " + minutes(retryAfter) + " minute(s).");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole minutes, rounded up, at least one: what the sign-in page and the API tell the person. */
    public static long minutes(Duration d) {
        return Math.max(1, (d.toSeconds() + 59) / 60);
    }
}
