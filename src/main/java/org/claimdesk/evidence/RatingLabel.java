package org.claimdesk.evidence;

import java.time.Instant;
import org.claimdesk.shared.Tracked;
import jakarta.persistence.*;

@Entity
@Table(name = "rating_label")
class RatingLabel extends Tracked {

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Rating rating;

    @Column(nullable = false, length = EvidenceLimits.MAX_LABEL)
    private String label;

    @Column(nullable = false, length = 7)
    private String color;

    /** 1..5 for ClaimReview's ratingValue; null for ratings outside the scale (unproven, not yet known). */
    private Integer score;

    @Column(name = "review_text", nullable = false, length = EvidenceLimits.MAX_REVIEW_TEXT)
    private String reviewText;

    @Column(nullable = false)
    private int position;

    protected RatingLabel() {
    }

    void update(String label, String color, Integer score, String reviewText, String actor, Instant at) {
        this.label = label;
        this.color = color;
        this.score = score;
        this.reviewText = reviewText;
        touched(actor, at);
    }

    /**
     * The number the history keys this label by (the audit log keys records by number, a rating by its name):
     * its position, which the migration fixed and no edit changes.
     */
    long historyId() { return position; }

    RatingLabelDetails view() {
        return new RatingLabelDetails(rating, label, color, score, reviewText, position, getVersion());
    }
}
