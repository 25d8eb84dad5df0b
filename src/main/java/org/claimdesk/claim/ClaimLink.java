package org.claimdesk.claim;

import org.claimdesk.shared.Tracked;
import jakarta.persistence.*;

import java.time.Instant;

@Entity
@Table(name = "claim_link")
class ClaimLink extends Tracked {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "from_claim_id", nullable = false)
    private long fromClaimId;

    @Column(name = "to_claim_id", nullable = false)
    private long toClaimId;

    @Enumerated(EnumType.STRING)
    @Column(name = "link_type", nullable = false, length = 20)
    private LinkType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private LinkState state;

    @Column(length = ClaimLimits.MAX_LINK_REASON)
    private String reason;

    @Column(name = "decided_by", length = 60)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected ClaimLink() {
    }

    ClaimLink(long from, long to, LinkType type, LinkState state, String reason, String createdBy, Instant at) {
        this.fromClaimId = from;
        this.toClaimId = to;
        this.type = type;
        this.state = state;
        this.reason = reason;
        touched(createdBy, at);
    }

    Long getId() { return id; }
    long getFromClaimId() { return fromClaimId; }
    long getToClaimId() { return toClaimId; }
    LinkType getType() { return type; }
    LinkState getState() { return state; }
    String getReason() { return reason; }

    void decide(LinkState state, String actor, Instant at) {
        this.state = state;
        this.decidedBy = actor;
        this.decidedAt = at;
        touched(actor, at);
    }

    long other(long claimId) {
        return claimId == fromClaimId ? toClaimId : fromClaimId;
    }
}
