package org.claimdesk.security;

import jakarta.persistence.*;
import org.claimdesk.shared.Tracked;

import java.time.Instant;

/** One sign-in attempt, as kept in the auth log. Append-only: never edited, so no version column. */
@Entity
@Table(name = "auth_event")
class AuthEvent {

    static final int MAX_ADDRESS = 64;
    static final int MAX_REASON = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(length = Tracked.MAX_ACTOR)
    private String username;

    @Column(name = "remote_address", nullable = false, length = MAX_ADDRESS)
    private String remoteAddress;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private AuthChannel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private AuthOutcome outcome;

    @Column(nullable = false, length = MAX_REASON)
    private String reason;

    protected AuthEvent() {
    }

    AuthEvent(Instant occurredAt, String username, String remoteAddress, AuthChannel channel, AuthOutcome outcome,
              String reason) {
        this.occurredAt = occurredAt;
        this.username = username;
        this.remoteAddress = remoteAddress;
        this.channel = channel;
        this.outcome = outcome;
        this.reason = reason;
    }

    AuthLogEntry toEntry() {
        return new AuthLogEntry(id, occurredAt, username, remoteAddress, channel, outcome, reason);
    }
}
