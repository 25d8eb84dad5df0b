package org.claimdesk.security;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers for a short while that a username and password passed the bcrypt check over HTTP Basic, so that a
 * script sending the same credentials on every call pays bcrypt (tens of milliseconds of CPU, by design) once
 * every {@link #TTL} instead of on every request: without it one user's 64 parallel Basic calls were checked one
 * at a time and the API served ~2 requests/s (docs/bench/api-load-and-memory.md).
 * <p>
 * The security trade-off, kept small on purpose:
 * <ul>
 *   <li>What is kept is not the password but HMAC-SHA256 of username and password under a random key made at
 *   start and never stored, with the bcrypt hash it was checked against. Someone who can read this process's
 *   memory could test guesses against it at SHA-256 speed instead of bcrypt speed; but such a reader also sees
 *   passwords in the request buffers as they arrive, so the cache adds little to what a memory dump gives.</li>
 *   <li>It never outlives a change: each request still reads the account (enabled, roles, password hash) from
 *   the database, and a remembered check only counts while the stored hash is still the one it was checked
 *   against. A changed or reset password, or a disabled account, takes effect on the next request.</li>
 *   <li>It forgets after {@link #TTL} and holds at most {@link #MAX_ENTRIES} entries (when full, everything is
 *   forgotten: at worst a few more bcrypt checks), so memory stays bounded whatever the traffic.</li>
 *   <li>The sign-in throttle still runs first on every request: a paused account is refused, remembered or not.</li>
 * </ul>
 * Only Basic uses it: the sign-in form is once per session and keeps the full check.
 */
final class VerifiedPasswords {

    static final Duration TTL = Duration.ofMinutes(5);
    static final int MAX_ENTRIES = 10_000;

    private record Verified(String storedHash, Instant until) {
    }

    private final Clock clock;
    private final SecretKeySpec key;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    VerifiedPasswords(Clock clock) {
        this.clock = clock;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /** Whether these credentials were verified lately (cheap: no database, no bcrypt); see {@link #holds}. */
    boolean mayHold(String username, String password) {
        Verified v = verified.get(fingerprint(username, password));
        return v != null && clock.instant().isBefore(v.until());
    }

    /** True when these credentials passed bcrypt against this very stored hash within the last {@link #TTL}. */
    boolean holds(String username, String password, String storedHash) {
        Verified v = verified.get(fingerprint(username, password));
        return v != null && clock.instant().isBefore(v.until()) && storedHash != null
                && MessageDigest.isEqual(v.storedHash().getBytes(StandardCharsets.UTF_8),
                        storedHash.getBytes(StandardCharsets.UTF_8));
    }

    /** Called after bcrypt said yes. */
    void remember(String username, String password, String storedHash) {
        if (verified.size() >= MAX_ENTRIES) {
            verified.clear();
        }
        verified.put(fingerprint(username, password), new Verified(storedHash, clock.instant().plus(TTL)));
    }

    int size() {
        return verified.size();
    }

    private String fingerprint(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            // a NUL between them: no username/password split of the same characters gives the same fingerprint
            byte[] digest = mac.doFinal((username + '\0' + password).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
