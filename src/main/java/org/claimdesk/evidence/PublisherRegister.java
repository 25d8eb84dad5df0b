package org.claimdesk.evidence;

import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.Role;
import org.claimdesk.shared.ConflictException;
import org.claimdesk.shared.InputRejectedException;
import org.claimdesk.shared.Inputs;
import org.claimdesk.shared.WebLinks;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** The publisher reliability register: editors rate outlets by domain; everyone sees the rating. */
@Service
public class PublisherRegister {

    private static final Pattern DOMAIN = Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+");

    private final PublisherRepository publishers;

    private final CurrentUser currentUser;

    PublisherRegister(PublisherRepository publishers, CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.publishers = publishers;
    }

    /** The publisher of a domain; an unknown one is UNRATED. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.ANY_STAFF)
    public PublisherView find(String domain) {
        String d = checkedDomain(domain);
        return publishers.findByDomain(d).map(Publisher::view).orElse(unrated(d));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Role.ANY_STAFF)
    public List<PublisherView> all() {
        return publishers.findAllByOrderByDomainAsc().stream().map(Publisher::view).toList();
    }

    /**
     * Rates a publisher. {@code version} is the one the editor saw (-1 for a domain not yet in the register);
     * a stale one is refused.
     */
    @Transactional
    @PreAuthorize(Role.EDITORS)
    public PublisherView rate(String domain, String name, Reliability reliability, String note, long version) {
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
        if (p == null) {
            p = new Publisher(d);
        }
        p.update(n, reliability, why, currentUser.name(), Instant.now());
        return publishers.saveAndFlush(p).view();
    }

    static PublisherView unrated(String domain) {
        return new PublisherView(domain, null, Reliability.UNRATED, null, null, null, -1);
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
