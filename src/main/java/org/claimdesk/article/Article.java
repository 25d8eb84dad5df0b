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


    protected Article() {
    }

    Article(ArticleImport in, String text, String contentHash, String importedBy, Instant importedAt) {
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
    String getImportedBy() { return getCreatedBy(); }
    Instant getImportedAt() { return getCreatedAt(); }
}
