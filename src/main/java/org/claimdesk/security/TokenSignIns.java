package org.claimdesk.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Failed API token attempts go to the auth log and count against their address, like failed passwords. A
 * working token is never slowed down by the throttle: it is only asked once a token has failed (guessing a
 * 256-bit token is hopeless anyway; the limit keeps a flood of bad tokens from filling the log).
 */
@Component
class TokenSignIns {

    private final SignInThrottle throttle;
    private final AuthLog authLog;

    TokenSignIns(SignInThrottle throttle, AuthLog authLog) {
        this.throttle = throttle;
        this.authLog = authLog;
    }

    /** Records a failed token; the refusal to answer instead of a 401 when the address is paused. */
    Optional<SignInThrottledException> failed(HttpServletRequest request) {
        String address = request.getRemoteAddr();
        var refused = throttle.standing(null, address).refusedFor();
        if (refused.isPresent()) {
            authLog.record(AuthChannel.TOKEN, null, address, AuthOutcome.REFUSED, "too many failed sign-ins");
            return Optional.of(new SignInThrottledException(refused.get()));
        }
        authLog.record(AuthChannel.TOKEN, null, address, AuthOutcome.FAILURE, "unknown, expired or revoked token");
        return Optional.empty();
    }
}
