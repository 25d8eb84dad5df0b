package org.claimdesk.claim;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * The article a claim belongs to, seen read-only from the claim module: just enough (its title) to list,
 * filter and sort claims by article in one paged query. The article module owns and writes the table.
 */
@Entity
@Immutable
@Table(name = "article")
class ClaimArticle {

    @Id
    private Long id;

    private String title;

    protected ClaimArticle() {
    }

    Long getId() { return id; }
    String getTitle() { return title; }
}
