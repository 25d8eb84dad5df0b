package org.claimdesk.claim;

import jakarta.persistence.*;

import java.time.Instant;

@Entity
@Table(name = "claim_comment")
class ClaimComment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "claim_id", nullable = false)
    private long claimId;

    @Column(nullable = false, length = 60)
    private String author;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false, length = ClaimLimits.MAX_COMMENT)
    private String body;

    protected ClaimComment() {
    }

    ClaimComment(long claimId, String author, Instant at, String body) {
        this.claimId = claimId;
        this.author = author;
        this.at = at;
        this.body = body;
    }

    CommentDetails view() {
        return new CommentDetails(id, claimId, author, at, body);
    }
}
