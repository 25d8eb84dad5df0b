package org.claimdesk.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * In the UI chain, before the security context is read: a session older than the absolute lifetime
 * ({@code claimdesk.session.max-lifetime}) is invalidated however active it is, so the request goes on signed out
 * and Vaadin sends it to the sign-in page. The idle timeout is the container's ({@code server.servlet.session.timeout}).
 * Screens with a push connection notice at their next heartbeat (at most 5 minutes later), which is an HTTP
 * request through this filter. Not a bean, so the servlet container does not run it for every request too.
 */
class SessionLifetime extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SessionLifetime.class);

    private final Duration maxLifetime;
    private final Clock clock;

    SessionLifetime(Duration maxLifetime, Clock clock) {
        if (maxLifetime == null || maxLifetime.isNegative() || maxLifetime.isZero()) {
            throw new IllegalArgumentException("claimdesk.session.max-lifetime must be positive, not " + maxLifetime);
        }
        this.maxLifetime = maxLifetime;
        this.clock = clock;
    }

    /** Whether a session created at {@code created} has outlived {@code maxLifetime} at {@code now}. */
    static boolean outlived(Instant created, Instant now, Duration maxLifetime) {
        return !now.isBefore(created.plus(maxLifetime));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            try {
                if (outlived(Instant.ofEpochMilli(session.getCreationTime()), clock.instant(), maxLifetime)) {
                    log.info("Ending session {} at its absolute lifetime of {}", shortId(session.getId()), maxLifetime);
                    session.invalidate();
                }
            } catch (IllegalStateException alreadyInvalidated) {
                // ended by another request meanwhile: nothing to do
            }
        }
        chain.doFilter(request, response);
    }

    /** Enough of the id to follow it in the log, not enough to take the session over. */
    private static String shortId(String id) {
        return id.length() <= 6 ? "…" : id.substring(0, 6) + "…";
    }
}
