package org.claimdesk.priorcheck;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.claimdesk.shared.Tracked;

import java.time.Instant;
import java.time.LocalDate;

/** An imported ClaimReview; it belongs to the importer's team, like an article. */
@Entity
@Table(name = "prior_check")
class PriorCheck extends Tracked {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "team_id", nullable = false)
    private long teamId;

    @Column(length = PriorCheckLimits.MAX_OUTLET)
    private String outlet;

    @Column(name = "outlet_url", length = PriorCheckLimits.MAX_URL)
    private String outletUrl;

    @Column(name = "claim_reviewed", nullable = false, length = PriorCheckLimits.MAX_CLAIM_REVIEWED)
    private String claimReviewed;

    @Column(length = PriorCheckLimits.MAX_CLAIMANT)
    private String claimant;

    @Column(name = "claimant_type", length = PriorCheckLimits.MAX_CLAIMANT_TYPE)
    private String claimantType;

    @Column(name = "appearance_url", length = PriorCheckLimits.MAX_URL)
    private String appearanceUrl;

    @Column(name = "rating_label", length = PriorCheckLimits.MAX_RATING_LABEL)
    private String ratingLabel;

    @Column(name = "rating_value")
    private Double ratingValue;

    @Column(name = "rating_best")
    private Double ratingBest;

    @Column(name = "rating_worst")
    private Double ratingWorst;

    @Column(name = "review_url", nullable = false, length = PriorCheckLimits.MAX_URL)
    private String reviewUrl;

    @Column(name = "review_date")
    private LocalDate reviewDate;

    @Column(name = "claim_date")
    private LocalDate claimDate;

    @Column(name = "imported_by", nullable = false, length = Tracked.MAX_ACTOR)
    private String importedBy;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    protected PriorCheck() {
    }

    PriorCheck(ClaimReviewItem item, long teamId, String actor, Instant at) {
        this.teamId = teamId;
        this.outlet = item.outlet();
        this.outletUrl = item.outletUrl();
        this.claimReviewed = item.claimReviewed();
        this.claimant = item.claimant();
        this.claimantType = item.claimantType();
        this.appearanceUrl = item.appearanceUrl();
        this.ratingLabel = item.ratingLabel();
        this.ratingValue = item.ratingValue();
        this.ratingBest = item.ratingBest();
        this.ratingWorst = item.ratingWorst();
        this.reviewUrl = item.reviewUrl();
        this.reviewDate = item.reviewDate();
        this.claimDate = item.claimDate();
        this.importedBy = actor;
        this.importedAt = at;
        touched(actor, at);
    }

    Long getId() { return id; }
    long getTeamId() { return teamId; }
    String getClaimReviewed() { return claimReviewed; }
    String getClaimant() { return claimant; }
    String getReviewUrl() { return reviewUrl; }

    PriorCheckDetails details() {
        return new PriorCheckDetails(id, teamId, outlet, outletUrl, claimReviewed, claimant, claimantType,
                appearanceUrl, ratingLabel, ratingValue, ratingBest, ratingWorst, reviewUrl, reviewDate, claimDate,
                importedBy, importedAt, getVersion());
    }
}
