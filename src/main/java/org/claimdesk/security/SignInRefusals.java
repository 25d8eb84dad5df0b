package org.claimdesk.security;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

import java.io.IOException;

/** How a refused or failed sign-in is answered: the API's problem+json, the sign-in page's redirect. */
final class SignInRefusals {

    private SignInRefusals() {
    }

    /** 429 with Retry-After when the throttle refused, else 401 saying how to sign in. */
    static AuthenticationEntryPoint apiEntryPoint(String howToSignIn) {
        return (request, response, e) -> {
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
                    : "/login?error";
            response.sendRedirect(request.getContextPath() + to);
        };
    }
}
