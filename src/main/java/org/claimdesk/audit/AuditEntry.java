package org.claimdesk.audit;

import jakarta.persistence.*;
import org.hibernate.annotations.Immutable;

import java.time.Instant;

@Entity
@Immutable
@Table(name = "audit_entry")
class AuditEntry {

    static final int MAX_VALUE = 8000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "entity_type", nullable = false, length = 30)
    private String entityType;

    @Column(name = "entity_id", nullable = false)
    private long entityId;

    @Column(name = "article_id")
    private Long articleId;

    @Column(nullable = false, length = 40)
    private String action;

    @Column(length = 60)
    private String field;

    @Column(name = "before_value", length = MAX_VALUE)
    private String before;

    @Column(name = "after_value", length = MAX_VALUE)
    private String after;

    @Column(nullable = false, length = 60)
    private String actor;

    @Column(nullable = false)
    private Instant at;

    protected AuditEntry() {
    }

    AuditEntry(String entityType, long entityId, Long articleId, String action, String field, String before,
               String after, String actor, Instant at) {
        this.entityType = entityType;
        this.entityId = entityId;
        this.articleId = articleId;
        this.action = action;
        this.field = field;
        this.before = clip(before);
        this.after = clip(after);
        this.actor = actor;
        this.at = at;
    }

    private static String clip(String s) {
        return s == null || s.length() <= MAX_VALUE ? s : s.substring(0, MAX_VALUE - 1) + "…";
    }

    HistoryEntry view() {
        return new HistoryEntry(id, entityType, entityId, articleId, action, field, before, after, actor, at);
    }
}
