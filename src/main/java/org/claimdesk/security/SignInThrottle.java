package org.claimdesk.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Decides whether a sign-in attempt may be checked at all, from the failures in the auth log (a database
 * table, so the limits hold across app nodes):
 * <ul>
 *   <li>an account with {@code account-failures} failures within {@code window} since its last successful
 *   sign-in is refused until the oldest of them is {@code window} old (a person who mistyped and then got it
 *   right starts again from zero);</li>
 *   <li>an address with {@code address-failures} failures within {@code window}, whatever the accounts, is
 *   refused the same way (a success does not reset an address: an attacker with an account of their own could
 *   otherwise reset it between guesses).</li>
 * </ul>
 * Refused attempts are logged but not counted, so a flood does not extend the pause for ever. The price of a
 * per-account limit: someone who knows a username can pause that account's password sign-in (not its API
 * tokens or open sessions) for {@code window} at a time; the log shows who did.
 */
@Component
class SignInThrottle {

    private final AuthEventRepository events;
    private final Clock clock;
    private final int accountFailures;
    private final int addressFailures;
    private final Duration window;

    SignInThrottle(AuthEventRepository events, Clock clock,
                   @Value("${claimdesk.sign-in.account-failures:5}") int accountFailures,
                   @Value("${claimdesk.sign-in.address-failures:20}") int addressFailures,
                   @Value("${claimdesk.sign-in.window:15m}") Duration window) {
        this.events = events;
        this.clock = clock;
        this.accountFailures = accountFailures;
        this.addressFailures = addressFailures;
        this.window = window;
    }

    /** What the log says of an account and an address right now. */
    record Standing(Optional<Duration> refusedFor, int accountFailuresSinceSuccess) {
    }

    @Transactional(readOnly = true)
    Standing standing(String username, String address) {
        Instant now = clock.instant();
        Instant windowStart = now.minus(window);
        int sinceSuccess = 0;
        Duration refused = null;
        if (username != null) {
            Instant lastSuccess = events.lastSuccessOfAccount(username, windowStart);
            List<Instant> failures = events.failuresOfAccount(username, lastSuccess != null ? lastSuccess : windowStart);
            sinceSuccess = failures.size();
            refused = pause(failures, accountFailures, now);
        }
        if (address != null) {
            Duration byAddress = pause(events.failuresFromAddress(address, windowStart), addressFailures, now);
            if (byAddress != null && (refused == null || byAddress.compareTo(refused) > 0)) {
                refused = byAddress;
            }
        }
        return new Standing(Optional.ofNullable(refused), sinceSuccess);
    }

    /** With at least {@code limit} failures (oldest first), the pause lasts until the limit-th newest is a window old. */
    private Duration pause(List<Instant> failures, int limit, Instant now) {
        if (failures.size() < limit) {
            return null;
        }
        Instant until = failures.get(failures.size() - limit).plus(window);
        Duration left = Duration.between(now, until);
        return left.isNegative() || left.isZero() ? Duration.ofSeconds(1) : left;
    }
}
