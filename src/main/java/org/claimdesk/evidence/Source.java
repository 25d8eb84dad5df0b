package org.claimdesk.evidence;

import org.claimdesk.shared.Tracked;
import jakarta.persistence.*;
import org.claimdesk.shared.WebLinks;

import java.time.Instant;
import java.time.LocalDate;

@Entity
@Table(name = "source")
class Source extends Tracked {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "claim_id", nullable = false)
    private long claimId;

    @Column(nullable = false, length = WebLinks.MAX_URL)
    private String url;

    @Column(nullable = false, length = EvidenceLimits.MAX_DOMAIN)
    private String domain;

    @Column(length = EvidenceLimits.MAX_TITLE)
    private String title;

    @Column(name = "publisher_name", length = EvidenceLimits.MAX_PUBLISHER)
    private String publisherName;

    @Column(length = EvidenceLimits.MAX_AUTHOR)
    private String author;

    @Column(name = "published_at")
    private LocalDate publishedAt;

    @Column(name = "accessed_at")
    private LocalDate accessedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Stance stance;

    @Column(length = EvidenceLimits.MAX_EXCERPT)
    private String excerpt;

    @Column(name = "archived_url", length = WebLinks.MAX_URL)
    private String archivedUrl;

    protected Source() {
    }

    Source(long claimId, SourceData d, String actor, Instant at) {
        this.claimId = claimId;
        apply(d);
        touched(actor, at);
    }

    void apply(SourceData d) {
        this.url = d.url();
        this.domain = d.domain();
        this.title = d.title();
        this.publisherName = d.publisher();
        this.author = d.author();
        this.publishedAt = d.publishedAt();
        this.accessedAt = d.accessedAt();
        this.stance = d.stance();
        this.excerpt = d.excerpt();
        this.archivedUrl = d.archivedUrl();
    }

    Long getId() { return id; }
    long getClaimId() { return claimId; }
    String getDomain() { return domain; }
    String getUrl() { return url; }
    Stance getStance() { return stance; }

    SourceData data() {
        return new SourceData(url, domain, title, publisherName, author, publishedAt, accessedAt, stance, excerpt, archivedUrl);
    }

    SourceDetails view(Reliability reliability) {
        return new SourceDetails(id, claimId, url, domain, title, publisherName, author, publishedAt, accessedAt, stance,
                excerpt, archivedUrl, reliability, getCreatedBy(), getCreatedAt(), getUpdatedBy(), getUpdatedAt(), getVersion());
    }
}
