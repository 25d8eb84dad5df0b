package org.claimdesk.evidence;

import org.claimdesk.audit.RegisterHistory;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.Role;
import org.claimdesk.security.TeamAccess;
import org.claimdesk.security.TeamScope;
import org.claimdesk.shared.ChangeRecorded;
import org.claimdesk.shared.ConflictException;
import org.claimdesk.shared.InputRejectedException;
import org.claimdesk.shared.Inputs;
import org.claimdesk.shared.WebLinks;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The publisher reliability register: editors rate outlets by domain; everyone sees the rating. Every change is
 * in the register's history (field by field, before and after), which editors and admins read.
 */
@Service
public class PublisherRegister {

    private static final Pattern DOMAIN = Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+");

    private final PublisherRepository publishers;

    private final RegisterHistory history;
    private final ApplicationEventPublisher events;

    private final CurrentUser currentUser;

    private final Clock clock;

    private final SourceRepository sources;

    private final TeamAccess teamAccess;

    PublisherRegister(PublisherRepository publishers, RegisterHistory history, ApplicationEventPublisher events,
                      CurrentUser currentUser, Clock clock, SourceRepository sources, TeamAccess teamAccess) {
        this.sources = sources;
        this.teamAccess = teamAccess;
        this.clock = clock;
        this.currentUser = currentUser;
        this.publishers = publishers;
        this.history = history;
        this.events = events;
    }

    /** The publisher of a domain; an unknown one is UNRATED. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.ANY_STAFF)
    public PublisherDetails find(String domain) {
        String d = checkedDomain(domain);
        return publishers.findByDomain(d).map(Publisher::view).orElse(unrated(d));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Role.ANY_STAFF)
    public List<PublisherDetails> all() {
        return publishers.findAllByOrderByDomainAsc().stream().map(Publisher::view).toList();
    }

    /**
     * Every outlet the user's sources cite and every rated publisher, unrated ones first (so editors see what to
     * rate), then by name (the domain where no name is set), each with the number of sources in the user's teams
     * citing it: an outlet only other teams cite is not listed unless it is in the register.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.ANY_STAFF)
    public List<PublisherOutlet> outlets() {
        TeamScope scope = teamAccess.scope();
        Map<String, Long> cited = new HashMap<>();
        if (scope.all() || !scope.teamIds().isEmpty()) {
            for (Object[] row : sources.countByDomain(scope.all(), scope.all() ? List.of(-1L) : scope.teamIds())) {
                cited.put((String) row[0], ((Number) row[1]).longValue());
            }
        }
        Map<String, PublisherDetails> byDomain = new HashMap<>();
        publishers.findAll().forEach(p -> byDomain.put(p.view().domain(), p.view()));
        Set<String> domains = new HashSet<>(byDomain.keySet());
        domains.addAll(cited.keySet());
        return domains.stream()
                .map(d -> new PublisherOutlet(byDomain.getOrDefault(d, unrated(d)), cited.getOrDefault(d, 0L)))
                .sorted(Comparator.comparing((PublisherOutlet o) -> o.reliability() != Reliability.UNRATED)
                        .thenComparing(o -> shownName(o.publisher()), String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(PublisherOutlet::domain))
                .toList();
    }

    private static String shownName(PublisherDetails p) {
        return p.name() == null || p.name().isBlank() ? p.domain() : p.name();
    }

    /**
     * Rates a publisher. {@code version} is the one the editor saw (-1 for a domain not yet in the register);
     * a stale one is refused.
     */
    @Transactional
    @PreAuthorize(Role.EDITORS)
    public PublisherDetails rate(String domain, String name, Reliability reliability, String note, long version) {
        String d = checkedDomain(domain);
        if (reliability == null) {
            throw new InputRejectedException("reliability", "Choose a reliability.");
        }
        String n = Inputs.optionalText(name, "name", EvidenceLimits.MAX_PUBLISHER);
        String why = Inputs.optionalText(note, "note", EvidenceLimits.MAX_NOTE);
        Publisher p = publishers.findByDomain(d).orElse(null);
        long current = p == null ? -1 : p.getVersion();
        if (current != version) {
            throw new ConflictException((p == null || p.getUpdatedBy() == null ? "Someone" : p.getUpdatedBy())
                    + " changed this publisher after you opened it; reload and apply your change again.",
                    Map.of("currentVersion", current));
        }
        PublisherDetails before = p == null ? null : p.view();
        if (p == null) {
            p = new Publisher(d);
        }
        String actor = currentUser.name();
        Instant now = clock.instant();
        p.update(n, reliability, why, actor, now);
        Publisher saved = publishers.saveAndFlush(p);
        PublisherDetails after = saved.view();
        String action = before == null ? "ADDED" : "EDITED";
        record(saved, action, "name", before == null ? null : before.name(), after.name(), actor, now);
        record(saved, action, "reliability", before == null ? null : before.reliability().name(),
                after.reliability().name(), actor, now);
        record(saved, action, "note", before == null ? null : before.note(), after.note(), actor, now);
        return after;
    }

    /** A publisher's changes, oldest first; a domain never rated has none. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.EDITORS)
    public List<RegisterChange> history(String domain) {
        String d = checkedDomain(domain);
        return publishers.findByDomain(d)
                .map(p -> history.of(RegisterHistory.PUBLISHER, p.getId()).stream()
                        .map(e -> RegisterChange.of(d, e)).toList())
                .orElse(List.of());
    }

    /** One history entry per changed field, in the transaction of the change. */
    private void record(Publisher p, String action, String field, String before, String after, String actor,
                        Instant now) {
        if (!Objects.equals(before, after)) {
            events.publishEvent(new ChangeRecorded(RegisterHistory.PUBLISHER, p.getId(), null, action, field, before,
                    after, actor, now));
        }
    }

    static PublisherDetails unrated(String domain) {
        return new PublisherDetails(domain, null, Reliability.UNRATED, null, null, null, -1);
    }

    static String checkedDomain(String domain) {
        String d = domain == null ? "" : domain.strip().toLowerCase(Locale.ROOT);
        if (d.startsWith("www.")) {
            d = d.substring(4);
        }
        if (d.length() > EvidenceLimits.MAX_DOMAIN || !DOMAIN.matcher(d).matches()) {
            throw new InputRejectedException("domain", "A publisher is named by its web domain, like example.org.");
        }
        // the register keys outlets as sources count them: news.example.org is example.org
        return WebLinks.domainOf("https://" + d + "/");
    }
}
