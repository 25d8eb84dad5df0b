package org.claimdesk.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * The article a claim belongs to, seen read-only from the claim module: just enough (its title and team) to
 * list, filter and sort claims by article in one paged query, and to keep each team's claims to that team. The article module owns and writes the table.
 */
@Entity
@Immutable
@Table(name = "article")
class ClaimArticle {

    @Id
    private Long id;

    private String title;

    /** The team whose members see the article's claims. */
    @Column(name = "team_id")
    private Long teamId;

    protected ClaimArticle() {
    }

    Long getId() { return id; }
    String getTitle() { return title; }
    Long getTeamId() { return teamId; }
}
