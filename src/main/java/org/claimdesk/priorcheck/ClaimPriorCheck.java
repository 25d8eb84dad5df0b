package org.claimdesk.priorcheck;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.claimdesk.shared.Tracked;

import java.time.Instant;

/** A claim linked to a prior check: suggested by the finder, or made by a reviewer; accepted or dismissed. */
@Entity
@Table(name = "claim_prior_check")
class ClaimPriorCheck extends Tracked {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "claim_id", nullable = false)
    private long claimId;

    @Column(name = "prior_check_id", nullable = false)
    private long priorCheckId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private LinkStatus status;

    @Column(length = PriorCheckLimits.MAX_REASON)
    private String reason;

    @Column(name = "linked_by", nullable = false, length = Tracked.MAX_ACTOR)
    private String linkedBy;

    @Column(name = "linked_at", nullable = false)
    private Instant linkedAt;

    @Column(name = "decided_by", length = Tracked.MAX_ACTOR)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected ClaimPriorCheck() {
    }

    ClaimPriorCheck(long claimId, long priorCheckId, LinkStatus status, String reason, String actor, Instant at) {
        this.claimId = claimId;
        this.priorCheckId = priorCheckId;
        this.status = status;
        this.reason = reason;
        this.linkedBy = actor;
        this.linkedAt = at;
        if (status != LinkStatus.SUGGESTED) {
            decidedBy = actor;
            decidedAt = at;
        }
        touched(actor, at);
    }

    Long getId() { return id; }
    long getClaimId() { return claimId; }
    long getPriorCheckId() { return priorCheckId; }
    LinkStatus getStatus() { return status; }

    void decide(LinkStatus status, String actor, Instant at) {
        this.status = status;
        this.decidedBy = actor;
        this.decidedAt = at;
        touched(actor, at);
    }

    PriorCheckLink view(PriorCheckDetails priorCheck) {
        return new PriorCheckLink(id, claimId, status, reason, linkedBy, linkedAt, priorCheck, getVersion());
    }
}
