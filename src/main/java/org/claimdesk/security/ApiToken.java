package org.claimdesk.security;

import jakarta.persistence.*;
import org.claimdesk.shared.Tracked;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A user's personal API token: its name, the SHA-256 of the token (never the token), its first characters to
 * tell it apart, an optional last day, when it was last used and whether it was revoked. Revoked tokens stay,
 * so the list shows who revoked which and when.
 */
@Entity
@Table(name = "api_token")
class ApiToken extends Tracked {

    static final int MAX_NAME = 80;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    private UserAccount owner;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "token_start", nullable = false, length = 12)
    private String tokenStart;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by", length = MAX_ACTOR)
    private String revokedBy;

    protected ApiToken() {
    }

    ApiToken(UserAccount owner, String name, String tokenHash, String tokenStart, LocalDate expiresOn, Instant at) {
        this.owner = owner;
        this.name = name;
        this.tokenHash = tokenHash;
        this.tokenStart = tokenStart;
        this.expiresOn = expiresOn;
        touched(owner.getUsername(), at);
    }

    void revoke(String actor, Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
            revokedBy = actor;
            touched(actor, at);
        }
    }

    /** Whether a request at {@code at} may use it: not revoked, and not past its last day (UTC). */
    boolean worksAt(Instant at) {
        return revokedAt == null && (expiresOn == null || !at.atZone(java.time.ZoneOffset.UTC).toLocalDate()
                .isAfter(expiresOn));
    }

    Long getId() { return id; }
    UserAccount getOwner() { return owner; }
    String getName() { return name; }
    String getTokenHash() { return tokenHash; }
    String getTokenStart() { return tokenStart; }
    LocalDate getExpiresOn() { return expiresOn; }
    Instant getLastUsedAt() { return lastUsedAt; }
    Instant getRevokedAt() { return revokedAt; }
    String getRevokedBy() { return revokedBy; }
}
