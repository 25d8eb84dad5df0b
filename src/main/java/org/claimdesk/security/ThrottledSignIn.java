package org.claimdesk.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The one password check of the application (sign-in page and HTTP Basic alike): asks the throttle first, then
 * checks the password, and writes every attempt to the auth log. Attempts on one account are checked one at a
 * time on a node, so parallel guesses cannot all slip in before the first failures are counted; the exception is
 * HTTP Basic credentials that passed bcrypt within the last minutes ({@link VerifiedPasswords}): no guess, they are
 * checked in parallel and without bcrypt (throttle, account state and stored hash still checked on each request).
 */
@Component
class ThrottledSignIn implements AuthenticationProvider {

    /** A Basic success is logged at most this often per account and address (scripts sign in on every call). */
    static final Duration BASIC_SUCCESS_EVERY = Duration.ofMinutes(1);

    private final DaoAuthenticationProvider passwords;
    private final VerifiedPasswords verifiedBasic;
    private final BasicPasswordCheck basicPasswords;
    private final BasicPasswordCheck rememberedBasic;
    private final SignInThrottle throttle;
    private final AuthLog authLog;
    private final Clock clock;
    private final ReentrantLock[] stripes = new ReentrantLock[64];
    private final Map<String, Instant> basicSuccessLogged = new ConcurrentHashMap<>();

    ThrottledSignIn(UserService users, PasswordEncoder encoder, SignInThrottle throttle, AuthLog authLog, Clock clock) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.verifiedBasic = new VerifiedPasswords(clock);
        this.basicPasswords = new BasicPasswordCheck(users, encoder, verifiedBasic, false);
        this.rememberedBasic = new BasicPasswordCheck(users, encoder, verifiedBasic, true);
        this.throttle = throttle;
        this.authLog = authLog;
        this.clock = clock;
        for (int i = 0; i < stripes.length; i++) {
            stripes[i] = new ReentrantLock();
        }
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String username = AuthLog.normalize(attempt.getName());
        HttpServletRequest request = currentRequest();
        String address = request != null ? request.getRemoteAddr() : "internal";
        AuthChannel channel = request != null && isBasic(request) ? AuthChannel.BASIC : AuthChannel.FORM;
        if (channel == AuthChannel.BASIC && attempt.getCredentials() != null
                && verifiedBasic.mayHold(attempt.getName(), attempt.getCredentials().toString())) {
            // credentials that passed bcrypt lately are no guess: checked without the per-account lock (one
            // script's parallel calls would otherwise queue on it), throttle and account state included
            try {
                return guarded(() -> checked(attempt, username, address, channel, rememberedBasic));
            } catch (BasicPasswordCheck.NotRemembered e) {
                // the password or the account changed since: the full check below
            }
        }
        ReentrantLock lock = stripes[Math.floorMod(username == null ? 0 : username.hashCode(), stripes.length)];
        lock.lock();
        try {
            return guarded(() -> checked(attempt, username, address, channel,
                    channel == AuthChannel.BASIC ? basicPasswords : passwords));
        } finally {
            lock.unlock();
        }
    }

    private static Authentication guarded(Supplier<Authentication> check) {
        try {
            return check.get();
        } catch (AuthenticationException e) {
            throw e;
        } catch (RuntimeException e) {
            // the throttle or the log could not reach the database: the credentials could not be checked (the
            // API answers 503 for an outage, never "wrong password")
            throw new InternalAuthenticationServiceException("The sign-in could not be checked.", e);
        }
    }

    private Authentication checked(Authentication attempt, String username, String address, AuthChannel channel,
                                   DaoAuthenticationProvider check) {
        SignInThrottle.Standing standing = throttle.standing(username, address);
        if (standing.refusedFor().isPresent()) {
            authLog.record(channel, username, address, AuthOutcome.REFUSED, "too many failed sign-ins");
            throw new SignInThrottledException(standing.refusedFor().get());
        }
        Authentication signedIn;
        try {
            signedIn = check.authenticate(attempt);
        } catch (BasicPasswordCheck.NotRemembered e) {
            throw e; // not a failed sign-in: nothing to log
        } catch (AuthenticationException e) {
            authLog.record(channel, username, address, AuthOutcome.FAILURE, reason(e));
            throw e;
        }
        if (channel != AuthChannel.BASIC || standing.accountFailuresSinceSuccess() > 0
                || firstBasicSuccessInAWhile(username, address)) {
            authLog.record(channel, username, address, AuthOutcome.SUCCESS, "signed in");
        }
        return signedIn;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private boolean firstBasicSuccessInAWhile(String username, String address) {
        Instant now = clock.instant();
        Instant before = basicSuccessLogged.put(username + " " + address, now);
        if (basicSuccessLogged.size() > 10_000) {
            basicSuccessLogged.clear(); // a bound, not a cache policy: at worst a few extra log lines
        }
        return before == null || before.plus(BASIC_SUCCESS_EVERY).isBefore(now);
    }

    /** Why a check failed, in words that do not tell an attacker more than "failed" (the log is for admins). */
    private static String reason(AuthenticationException e) {
        if (e instanceof BadCredentialsException) {
            return "wrong password or unknown user";
        }
        String kind = e.getClass().getSimpleName().replace("Exception", "");
        return "refused: " + kind; // Disabled, Locked, CredentialsExpired, AccountExpired
    }

    private static boolean isBasic(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        return header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
    }

    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a ? a.getRequest() : null;
    }
}
