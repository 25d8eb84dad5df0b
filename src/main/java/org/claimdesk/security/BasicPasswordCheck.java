package org.claimdesk.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The password check of HTTP Basic: Spring's (the account read afresh, disabled and locked accounts refused), with
 * the bcrypt step skipped when {@link VerifiedPasswords} holds these credentials against the stored hash. In
 * {@code rememberedOnly} mode it never runs bcrypt: credentials not held are {@link NotRemembered}, and
 * {@link ThrottledSignIn} then does the full check under its per-account lock.
 */
class BasicPasswordCheck extends DaoAuthenticationProvider {

    /** Not a failed sign-in: the credentials were not verified lately, so they need the full check. */
    static final class NotRemembered extends AuthenticationException {
        NotRemembered() {
            super("not verified lately");
        }
    }

    private final VerifiedPasswords verified;
    private final boolean rememberedOnly;

    BasicPasswordCheck(UserDetailsService users, PasswordEncoder encoder, VerifiedPasswords verified,
                       boolean rememberedOnly) {
        super(users);
        setPasswordEncoder(encoder);
        this.verified = verified;
        this.rememberedOnly = rememberedOnly;
    }

    @Override
    protected void additionalAuthenticationChecks(UserDetails user, UsernamePasswordAuthenticationToken attempt)
            throws AuthenticationException {
        String password = attempt.getCredentials() == null ? null : attempt.getCredentials().toString();
        if (password != null && verified.holds(attempt.getName(), password, user.getPassword())) {
            return;
        }
        if (rememberedOnly) {
            throw new NotRemembered();
        }
        super.additionalAuthenticationChecks(user, attempt); // bcrypt; throws when the password is wrong
        verified.remember(attempt.getName(), password, user.getPassword());
    }
}
