package org.claimdesk.security;

import jakarta.servlet.http.HttpServletResponse;
import org.claimdesk.shared.DatabaseOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

import java.io.IOException;

/** How a refused or failed sign-in is answered: the API's problem+json, the sign-in page's redirect. */
final class SignInRefusals {

    private static final Logger log = LoggerFactory.getLogger(SignInRefusals.class);

    private SignInRefusals() {
    }

    /**
     * 503 when the credentials could not be checked because the database is unavailable (not a wrong password),
     * 429 with Retry-After when the throttle refused, else 401 saying how to sign in.
     */
    static AuthenticationEntryPoint apiEntryPoint(String howToSignIn) {
        return (request, response, e) -> {
            if (DatabaseOutage.isOutage(e)) {
                response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
                response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
                response.setCharacterEncoding("UTF-8");
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Database unavailable\","
                        + "\"status\":503,\"detail\":\"" + DatabaseOutage.MESSAGE + "\"}");
                return;
            }
            if (e instanceof InternalAuthenticationServiceException) {
                // not a wrong password: the check itself failed
                log.error("Credentials could not be checked", e);
            }
            if (e instanceof SignInThrottledException t) {
                tooMany(response, t);
            } else {
                SecurityConfig.writeProblem(response, HttpStatus.UNAUTHORIZED, howToSignIn);
            }
        };
    }

    static void tooMany(HttpServletResponse response, SignInThrottledException t) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, t.retryAfter().toSeconds())));
        SecurityConfig.writeProblem(response, HttpStatus.TOO_MANY_REQUESTS,
                "Too many failed sign-ins for this account or from this address. Try again in "
                        + SignInThrottledException.minutes(t.retryAfter()) + " minute(s).");
    }

    /** The sign-in page again, saying why: {@code ?throttled=<minutes>} or {@code ?error}. */
    static AuthenticationFailureHandler formFailure() {
        return (request, response, e) -> {
            String to = e instanceof SignInThrottledException t
                    ? "/login?throttled=" + SignInThrottledException.minutes(t.retryAfter())
                    : DatabaseOutage.isOutage(e) ? "/login?unavailable" : "/login?error";
            response.sendRedirect(request.getContextPath() + to);
        };
    }
}
