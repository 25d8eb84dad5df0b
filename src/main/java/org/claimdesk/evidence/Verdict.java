package org.claimdesk.evidence;

import org.claimdesk.shared.Tracked;
import jakarta.persistence.*;

import java.time.Instant;

@Entity
@Table(name = "verdict")
class Verdict extends Tracked {

    @Id
    @Column(name = "claim_id")
    private Long claimId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Attribution attribution;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Rating rating;

    @Column(nullable = false, length = EvidenceLimits.MAX_RATIONALE)
    private String rationale;

    @Column(name = "override_reason", length = EvidenceLimits.MAX_OVERRIDE_REASON)
    private String overrideReason;

    @Column(nullable = false, length = 60)
    private String author;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    @Column(name = "approved_by", length = 60)
    private String approvedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    protected Verdict() {
    }

    Verdict(long claimId) {
        this.claimId = claimId;
    }

    void decide(Attribution attribution, Rating rating, String rationale, String overrideReason, String author,
                Instant at) {
        this.attribution = attribution;
        this.rating = rating;
        this.rationale = rationale;
        this.overrideReason = overrideReason;
        this.author = author;
        this.decidedAt = at;
        this.approvedBy = null;
        this.approvedAt = null;
        touched(author, at);
    }

    void approve(String approver, Instant at) {
        this.approvedBy = approver;
        this.approvedAt = at;
        touched(approver, at);
    }

    String getAuthor() { return author; }
    Rating getRating() { return rating; }
    Attribution getAttribution() { return attribution; }
    String getRationale() { return rationale; }
    String overrideReason() { return overrideReason; }

    String summary() {
        return attribution + " / " + rating + ": " + rationale;
    }

    VerdictDetails view() {
        return new VerdictDetails(claimId, attribution, rating, rationale, overrideReason, author, decidedAt, approvedBy,
                approvedAt);
    }
}
