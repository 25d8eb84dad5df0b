package org.claimdesk.security;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.claimdesk.shared.InputRejectedException;
import org.claimdesk.shared.Tracked;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The auth log: every sign-in attempt by password (sign-in page, HTTP Basic) and every failed API token, with
 * its outcome and address, kept in the database (so admins can read it and the throttle counts it on every
 * node) and written to the application log as one structured line (key-value pairs that Spring Boot's
 * structured logging, {@code logging.structured.format.console=ecs}, turns into fields).
 */
@Service
public class AuthLog {

    /** How long entries are kept; the throttle looks back far less. */
    public static final Duration RETENTION = Duration.ofDays(90);

    /** At most this many entries per read. */
    public static final int MAX_PAGE = 500;

    private static final Logger log = LoggerFactory.getLogger("org.claimdesk.auth");

    private final AuthEventRepository events;
    private final Clock clock;

    AuthLog(AuthEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records an attempt in a transaction of its own: a failure is kept even though the sign-in fails, and a
     * refused one even when nothing else is written.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void record(AuthChannel channel, String username, String address, AuthOutcome outcome, String reason) {
        String user = normalize(username);
        String addr = clip(address == null ? "unknown" : address, AuthEvent.MAX_ADDRESS);
        String why = clip(reason, AuthEvent.MAX_REASON);
        events.save(new AuthEvent(clock.instant(), user, addr, channel, outcome, why));
        var line = outcome == AuthOutcome.SUCCESS ? log.atInfo() : log.atWarn();
        line.addKeyValue("auth.outcome", outcome)
                .addKeyValue("auth.channel", channel)
                .addKeyValue("auth.username", user)
                .addKeyValue("auth.address", addr)
                .addKeyValue("auth.reason", why)
                // the values again in the text, escaped, for the plain console format
                .log("sign-in outcome={} channel={} username={} address={} reason={}",
                        outcome, channel, quoted(user), quoted(addr), quoted(why));
    }

    /** The newest entries first, each filter ignored when blank. Admins only. */
    @PreAuthorize(Role.ADMINS)
    @Transactional(readOnly = true)
    public List<AuthLogEntry> newestFirst(String username, String address, AuthOutcome outcome, int page, int size) {
        if (page < 0) {
            throw new InputRejectedException("page", "The page is 0 or more.");
        }
        if (size < 1 || size > MAX_PAGE) {
            throw new InputRejectedException("size", "The page size is 1 to " + MAX_PAGE + ".");
        }
        String user = username == null || username.isBlank() ? null : normalize(username);
        String addr = address == null || address.isBlank() ? null : address.strip();
        return events.newestFirst(user, addr, outcome, PageRequest.of(page, size)).stream()
                .map(AuthEvent::toEntry).toList();
    }

    /** Once a day (on one node where jobs are locked), entries past the retention go. */
    @Scheduled(cron = "${claimdesk.sign-in.cleanup-cron:0 17 3 * * *}", zone = "UTC")
    @SchedulerLock(name = "auth-log-cleanup", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    @Transactional
    public void deleteExpired() {
        int gone = events.deleteOlderThan(clock.instant().minus(RETENTION));
        if (gone > 0) {
            log.info("auth log: {} entries older than {} days deleted", gone, RETENTION.toDays());
        }
    }

    /** As the throttle keys it: trimmed, lower-case, at most the column's length; null stays null. */
    static String normalize(String username) {
        if (username == null) {
            return null;
        }
        return clip(username.strip().toLowerCase(Locale.ROOT), Tracked.MAX_ACTOR);
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    /** Quotes a value and escapes what could forge a log line (quotes, backslashes, line breaks, controls). */
    static String quoted(String value) {
        if (value == null) {
            return "-";
        }
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> {
                    if (Character.isISOControl(c)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
