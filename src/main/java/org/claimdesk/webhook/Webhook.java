package org.claimdesk.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.claimdesk.export.PublicationChanged;
import org.claimdesk.shared.Tracked;
import org.claimdesk.shared.WebLinks;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A URL an admin registered to hear when claims' public pages change; for one team's claims or every team's. */
@Entity
@Table(name = "webhook")
class Webhook extends Tracked {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = WebLinks.MAX_URL)
    private String url;

    /** Null: every team. */
    @Column(name = "team_id")
    private Long teamId;

    /** Comma-separated kinds; null: every kind. */
    @Column(length = 200)
    private String kinds;

    @Column(nullable = false)
    private boolean enabled;

    @Column(nullable = false, length = 100)
    private String secret;

    protected Webhook() {
    }

    Webhook(String secret) {
        this.secret = secret;
    }

    void set(String url, Long teamId, Set<PublicationChanged.Kind> kinds, boolean enabled, String actor, Instant at) {
        this.url = url;
        this.teamId = teamId;
        this.kinds = kinds == null || kinds.isEmpty() || kinds.size() == PublicationChanged.Kind.values().length ? null
                : kinds.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        this.enabled = enabled;
        touched(actor, at);
    }

    /** Whether this webhook hears of this event: enabled, subscribed to its kind, and the claim's team is its own. */
    boolean hears(PublicationChanged e) {
        return enabled && kinds().contains(e.kind()) && (teamId == null || teamId == e.teamId());
    }

    Set<PublicationChanged.Kind> kinds() {
        if (kinds == null) {
            return EnumSet.allOf(PublicationChanged.Kind.class);
        }
        return Arrays.stream(kinds.split(",")).map(PublicationChanged.Kind::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(PublicationChanged.Kind.class)));
    }

    Long getId() { return id; }
    String getUrl() { return url; }
    Long getTeamId() { return teamId; }
    boolean isEnabled() { return enabled; }
    String getSecret() { return secret; }

    WebhookDetails details(String teamName) {
        return new WebhookDetails(id, url, teamId, teamName, kinds(), enabled, getCreatedBy(), getCreatedAt(),
                getUpdatedBy(), getUpdatedAt(), getVersion());
    }
}
