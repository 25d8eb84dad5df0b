package org.claimdesk.evidence;

import org.claimdesk.shared.Tracked;
import jakarta.persistence.*;

import java.time.Instant;

@Entity
@Table(name = "publisher")
class Publisher extends Tracked {

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
        touched(actor, at);
    }

    Long getId() { return id; }
    Reliability getReliability() { return reliability; }

    PublisherDetails view() {
        return new PublisherDetails(domain, name, reliability, note, getUpdatedBy(), getUpdatedAt(), getVersion());
    }
}
