package org.claimdesk.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Signs an API request in by its bearer token: one look-up by the token's SHA-256, then the owner as they are
 * now (enabled, their current roles). No bcrypt: the token is long and random, a hash is enough.
 */
@Component
class BearerTokens {

    /** A token's last use is written at most this often, not on every request. */
    static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

    private final ApiTokenRepository tokens;
    private final Clock clock;

    BearerTokens(ApiTokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    /** The owner's authentication, or empty for a malformed, unknown, expired or revoked token or a disabled owner. */
    @Transactional
    public Optional<Authentication> authenticate(String token) {
        if (!TokenSecrets.wellFormed(token)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tokens.findByHash(TokenSecrets.hash(token))
                .filter(t -> TokenSecrets.matches(token, t.getTokenHash()))
                .filter(t -> t.worksAt(now))
                .filter(t -> t.getOwner().isEnabled())
                .map(t -> {
                    Instant since = now.minus(LAST_USE_PRECISION);
                    if (t.getLastUsedAt() == null || t.getLastUsedAt().isBefore(since)) {
                        tokens.markUsed(t.getId(), now, since);
                    }
                    UserAccount owner = t.getOwner();
                    return UsernamePasswordAuthenticationToken.authenticated(owner.getUsername(), null,
                            AuthorityUtils.createAuthorityList(owner.getRoles().stream()
                                    .map(r -> "ROLE_" + r.name()).toArray(String[]::new)));
                });
    }
}
