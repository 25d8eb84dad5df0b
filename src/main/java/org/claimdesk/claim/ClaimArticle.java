package org.claimdesk.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * The article a claim belongs to, seen read-only from the claim module: just enough (its title and team) to
 * list, filter and sort claims by article in one paged query, to keep each team's claims to that team,
 * and its link, publisher and date for exports. The article module owns and writes the table.
 */
@Entity
@Immutable
@org.hibernate.annotations.BatchSize(size = 500) // an export page's claims load their articles in one query
@Table(name = "article")
class ClaimArticle {

    @Id
    private Long id;

    private String title;

    /** The team whose members see the article's claims. */
    @Column(name = "team_id")
    private Long teamId;

    /** Where the article was published, for exports (read-only like the rest). */
    @Column(name = "source_url")
    private String sourceUrl;

    private String publisher;

    @Column(name = "published_at")
    private java.time.LocalDate publishedAt;

    protected ClaimArticle() {
    }

    Long getId() { return id; }
    String getTitle() { return title; }
    Long getTeamId() { return teamId; }
    String getSourceUrl() { return sourceUrl; }
    String getPublisher() { return publisher; }
    java.time.LocalDate getPublishedAt() { return publishedAt; }
}
