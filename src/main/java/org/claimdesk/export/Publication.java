package org.claimdesk.export;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.claimdesk.shared.Tracked;

import java.time.Instant;

/** A claim's public fact-check page and the snapshot it shows. One per claim; its slug never changes. */
@Entity
@Table(name = "publication")
class Publication extends Tracked {

    static final int MAX_CLAIM_REVIEWED = PublishingService.MAX_CLAIM_REVIEWED;
    static final int MAX_SNAPSHOT = 200_000;

    @Id
    @Column(name = "claim_id")
    private Long claimId;

    @Column(name = "team_id", nullable = false)
    private Long teamId;

    @Column(nullable = false, length = 80)
    private String slug;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PublicationState state;

    @Column(name = "claim_reviewed", nullable = false, length = MAX_CLAIM_REVIEWED)
    private String claimReviewed;

    @Column(nullable = false, length = MAX_SNAPSHOT)
    private String snapshot;

    @Column(name = "published_by", nullable = false, length = 60)
    private String publishedBy;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    protected Publication() {
    }

    Publication(long claimId, long teamId, String slug) {
        this.claimId = claimId;
        this.teamId = teamId;
        this.slug = slug;
    }

    /** Shows this snapshot from now on (published, or verified again). */
    void publish(String claimReviewed, String snapshot, String actor, Instant at) {
        this.claimReviewed = claimReviewed;
        this.snapshot = snapshot;
        this.state = PublicationState.PUBLISHED;
        this.publishedBy = actor;
        this.publishedAt = at;
        touched(actor, at);
    }

    void moveTo(PublicationState state, String actor, Instant at) {
        this.state = state;
        touched(actor, at);
    }

    Long getClaimId() { return claimId; }
    Long getTeamId() { return teamId; }
    String getSlug() { return slug; }
    PublicationState getState() { return state; }
    String getClaimReviewed() { return claimReviewed; }
    String getSnapshot() { return snapshot; }

    PublicationDetails details(String publicBaseUrl) {
        return new PublicationDetails(claimId, slug, FactCheckUrls.urlOfSlug(publicBaseUrl, slug), state, claimReviewed,
                publishedBy, publishedAt, getVersion());
    }
}
