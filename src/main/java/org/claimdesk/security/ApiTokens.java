package org.claimdesk.security;

import org.claimdesk.shared.ChangeRecorded;
import org.claimdesk.shared.InputRejectedException;
import org.claimdesk.shared.Inputs;
import org.claimdesk.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Personal API tokens: every user creates, lists and revokes their own; admins list and revoke anyone's (a
 * leaked token of someone who is away). How a request is signed in with one is {@link BearerTokens}.
 */
@Service
public class ApiTokens {

    /** Unrevoked tokens one user may hold: enough for every script, not a table anyone can fill. */
    public static final int MAX_ACTIVE = 20;
    static final String NOT_FOUND = "API token";

    private final ApiTokenRepository tokens;
    private final UserAccountRepository users;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ApiTokens(ApiTokenRepository tokens, UserAccountRepository users, CurrentUser currentUser,
              ApplicationEventPublisher events, Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** The signed-in user's tokens, newest first, revoked ones included. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.ANY_STAFF)
    public List<ApiTokenDetails> mine() {
        return listOf(currentUser.name());
    }

    /**
     * A new token for the signed-in user, named so they know which script holds it; it works up to and including
     * {@code expiresOn} (UTC), or until revoked when that is null. The answer holds the token this once.
     */
    @Transactional
    @PreAuthorize(Role.ANY_STAFF)
    public IssuedToken create(String name, LocalDate expiresOn) {
        String actor = currentUser.name();
        String checkedName = Inputs.requiredText(name, "name", "Name the token (what will use it).",
                ApiToken.MAX_NAME);
        Instant now = clock.instant();
        if (expiresOn != null && expiresOn.isBefore(now.atZone(ZoneOffset.UTC).toLocalDate())) {
            throw new InputRejectedException("expiresOn", "The expiry date is in the past.");
        }
        if (tokens.countUnrevoked(actor) >= MAX_ACTIVE) {
            throw new InputRejectedException("name", "You have " + MAX_ACTIVE
                    + " tokens that are not revoked; revoke one you no longer use first.");
        }
        UserAccount owner = users.findByUsername(actor)
                .orElseThrow(() -> new IllegalStateException("the signed-in user has no account"));
        String token = TokenSecrets.newToken();
        ApiToken saved = tokens.save(new ApiToken(owner, checkedName, TokenSecrets.hash(token),
                token.substring(0, TokenSecrets.SHOWN_START), expiresOn, now));
        events.publishEvent(new ChangeRecorded(UserAdministration.ENTITY, owner.getId(), null, "API_TOKEN_CREATED",
                "apiToken", null, checkedName, actor, now));
        return new IssuedToken(token, details(saved));
    }

    /** Revokes one of the signed-in user's tokens; someone else's is "not found", as one that never existed. */
    @Transactional
    @PreAuthorize(Role.ANY_STAFF)
    public ApiTokenDetails revoke(long id) {
        String actor = currentUser.name();
        ApiToken token = tokens.findById(id).filter(t -> t.getOwner().getUsername().equals(actor))
                .orElseThrow(() -> new NotFoundException(NOT_FOUND, id));
        return revoked(token, actor);
    }

    /** Any user's tokens (admins). */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.ADMINS)
    public List<ApiTokenDetails> of(String username) {
        if (users.findByUsername(username).isEmpty()) {
            throw new NotFoundException("User", username);
        }
        return listOf(username);
    }

    /** Revokes any user's token (admins). */
    @Transactional
    @PreAuthorize(Role.ADMINS)
    public ApiTokenDetails revokeAny(String username, long id) {
        ApiToken token = tokens.findById(id).filter(t -> t.getOwner().getUsername().equals(username))
                .orElseThrow(() -> new NotFoundException(NOT_FOUND, id));
        return revoked(token, currentUser.name());
    }

    private ApiTokenDetails revoked(ApiToken token, String actor) {
        if (token.getRevokedAt() == null) {
            Instant now = clock.instant();
            token.revoke(actor, now);
            events.publishEvent(new ChangeRecorded(UserAdministration.ENTITY, token.getOwner().getId(), null,
                    "API_TOKEN_REVOKED", "apiToken", token.getName(), null, actor, now));
        }
        return details(tokens.saveAndFlush(token));
    }

    private List<ApiTokenDetails> listOf(String username) {
        return tokens.findByOwner(username).stream().map(this::details).toList();
    }

    private ApiTokenDetails details(ApiToken t) {
        return new ApiTokenDetails(t.getId(), t.getOwner().getUsername(), t.getName(), t.getTokenStart(),
                t.getExpiresOn(), t.getCreatedAt(), t.getLastUsedAt(), t.getRevokedAt(), t.getRevokedBy(),
                t.worksAt(clock.instant()));
    }
}
