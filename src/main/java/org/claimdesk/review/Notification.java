package org.claimdesk.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One message to one person; read once they open it. Not a Tracked record: nobody edits a notification. */
@Entity
@Table(name = "notification")
class Notification {

    static final int MAX_TEXT = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 60)
    private String recipient;

    @Column(nullable = false, length = 30)
    private String kind;

    @Column(name = "claim_id")
    private Long claimId;

    @Column(nullable = false, length = MAX_TEXT)
    private String text;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    Notification(String recipient, String kind, Long claimId, String text, Instant at) {
        this.recipient = recipient;
        this.kind = kind;
        this.claimId = claimId;
        this.text = text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
        this.createdAt = at;
    }

    Long getId() { return id; }
    String getRecipient() { return recipient; }

    void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    NotificationDetails details() {
        return new NotificationDetails(id, kind, claimId, text, createdAt, readAt != null);
    }
}
