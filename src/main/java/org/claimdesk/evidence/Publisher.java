package org.claimdesk.evidence;

import jakarta.persistence.*;

import java.time.Instant;

@Entity
@Table(name = "publisher")
class Publisher {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = EvidenceLimits.MAX_DOMAIN)
    private String domain;

    @Column(length = EvidenceLimits.MAX_PUBLISHER)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Reliability reliability;

    @Column(length = EvidenceLimits.MAX_NOTE)
    private String note;

    @Column(name = "updated_by", length = 60)
    private String updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected Publisher() {
    }

    Publisher(String domain) {
        this.domain = domain;
        this.reliability = Reliability.UNRATED;
    }

    void update(String name, Reliability reliability, String note, String actor, Instant at) {
        this.name = name;
        this.reliability = reliability;
        this.note = note;
        this.updatedBy = actor;
        this.updatedAt = at;
    }

    Long getId() { return id; }
    long getVersion() { return version; }
    String getUpdatedBy() { return updatedBy; }
    Instant getUpdatedAt() { return updatedAt; }
    Reliability getReliability() { return reliability; }

    PublisherView view() {
        return new PublisherView(domain, name, reliability, note, updatedBy, updatedAt, version);
    }
}
