package org.claimdesk.article;

import org.claimdesk.shared.Tracked;
import jakarta.persistence.*;

import java.time.Instant;
import java.time.LocalDate;

@Entity
@Table(name = "article")
class Article extends Tracked {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = ArticleLimits.MAX_TITLE)
    private String title;

    @Column(name = "source_url", length = ArticleLimits.MAX_URL)
    private String sourceUrl;

    @Column(length = ArticleLimits.MAX_PUBLISHER)
    private String publisher;

    @Column(name = "published_at")
    private LocalDate publishedAt;

    @Column(name = "full_text", nullable = false, length = ArticleLimits.MAX_TEXT_BYTES)
    private String text;

    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;

    /** The one team whose members see and work on the article. */
    @Column(name = "team_id", nullable = false)
    private Long teamId;


    protected Article() {
    }

    Article(ArticleImport in, String text, String contentHash, long teamId, String importedBy, Instant importedAt) {
        this.teamId = teamId;
        this.title = in.title().strip();
        this.sourceUrl = in.url();
        this.publisher = in.publisher();
        this.publishedAt = in.publishedAt();
        this.text = text;
        this.contentHash = contentHash;
        touched(importedBy, importedAt);
    }

    Long getId() { return id; }
    String getTitle() { return title; }
    String getSourceUrl() { return sourceUrl; }
    String getPublisher() { return publisher; }
    LocalDate getPublishedAt() { return publishedAt; }
    String getText() { return text; }
    Long getTeamId() { return teamId; }

    void moveTo(long teamId) {
        this.teamId = teamId;
    }
    String getImportedBy() { return getCreatedBy(); }
    Instant getImportedAt() { return getCreatedAt(); }
}
