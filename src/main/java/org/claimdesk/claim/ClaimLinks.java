package org.claimdesk.claim;

import org.claimdesk.related.Candidate;
import org.claimdesk.related.RelatedClaimFinder;
import org.claimdesk.related.Suggestion;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.Role;
import org.claimdesk.shared.ChangeRecorded;
import org.claimdesk.shared.ConflictException;
import org.claimdesk.shared.InputRejectedException;
import org.claimdesk.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Links between claims: suggested on import (similar wording, same claimant, same subject with another
 * figure, a negated statement of the same event), accepted or dismissed by a reviewer, or made by hand.
 */
@Service
public class ClaimLinks {

    /** How many earlier claims an import is compared with (the newest ones). */
    static final int MAX_EXISTING_CANDIDATES = 2000;

    private final ClaimRepository claims;
    private final ClaimLinkRepository links;
    private final ApplicationEventPublisher events;
    private final VisibleClaims visible;

    private final CurrentUser currentUser;

    private final Clock clock;

    ClaimLinks(ClaimRepository claims, ClaimLinkRepository links, ApplicationEventPublisher events,
               VisibleClaims visible, CurrentUser currentUser, Clock clock) {
        this.visible = visible;
        this.clock = clock;
        this.currentUser = currentUser;
        this.claims = claims;
        this.links = links;
        this.events = events;
    }

    /**
     * Compares an article's claims with each other and with earlier claims, and stores the suggestions. Always in
     * a transaction of its own: it runs after the import has committed (see the article module), and a failure
     * here must never undo what the caller stored.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    @PreAuthorize(Role.ANY_STAFF)
    public List<LinkDetails> suggestFor(long articleId) {
        ClaimArticle article = visible.article(articleId);
        List<Candidate> fresh = candidates(claims.findByArticleIdOrderByStartAsc(articleId));
        // only the claims of the article's own team: a suggestion never points at another team's claim
        List<Candidate> existing = existingCandidates(articleId, article.getTeamId());
        String actor = currentUser.name();
        Instant now = clock.instant();
        List<LinkDetails> made = new ArrayList<>();
        // the links already there, read once (a query per suggested pair before: issue 11)
        java.util.Set<String> linked = new java.util.HashSet<>();
        if (!fresh.isEmpty()) {
            for (ClaimLink l : links.findTouchingAny(fresh.stream().map(Candidate::id).toList())) {
                linked.add(pairKey(l.getFromClaimId(), l.getToClaimId(), l.getType()));
            }
        }
        for (Suggestion s : RelatedClaimFinder.suggest(fresh, existing)) {
            LinkType type = switch (s.relation()) {
                case SAME_CLAIM -> LinkType.SAME_CLAIM;
                case CONTRADICTS -> LinkType.CONTRADICTS;
            };
            if (!linked.add(pairKey(s.fromId(), s.toId(), type))) {
                continue;
            }
            String reason = s.reason() == null ? null : clip(s.reason(), ClaimLimits.MAX_LINK_REASON);
            ClaimLink link = links.save(new ClaimLink(s.fromId(), s.toId(), type, LinkState.SUGGESTED, reason, actor, now));
            made.add(view(link, s.fromId()));
        }
        return made;
    }

    /** Every link touching the claim, suggested, accepted or dismissed; never one to a claim the caller cannot see. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.ANY_STAFF)
    public List<LinkDetails> linksOf(long claimId) {
        visible.claim(claimId);
        return links.findTouching(claimId).stream().filter(l -> otherVisible(l, claimId)).map(l -> view(l, claimId)).toList();
    }

    /** A link a reviewer makes by hand; it is accepted at once. */
    @Transactional
    @PreAuthorize(Role.ANY_STAFF)
    public LinkDetails link(long fromClaimId, long toClaimId, LinkType type) {
        if (type == null) {
            throw new InputRejectedException("type", "Choose how the claims relate.");
        }
        if (fromClaimId == toClaimId) {
            throw new InputRejectedException("toClaimId", "A claim cannot be linked with itself.");
        }
        Claim from = visible.claim(fromClaimId);
        Claim to = visible.claim(toClaimId);
        if (links.existsBetween(fromClaimId, toClaimId, type)) {
            throw new ConflictException("These claims are already linked as " + type + ".", Map.of());
        }
        String actor = currentUser.name();
        Instant now = clock.instant();
        ClaimLink link = links.save(new ClaimLink(fromClaimId, toClaimId, type, LinkState.ACCEPTED, null, actor, now));
        record(from, "LINKED", type + " claim " + toClaimId, actor, now);
        record(to, "LINKED", type + " claim " + fromClaimId, actor, now);
        return view(link, fromClaimId);
    }

    /** Accepts or dismisses a suggested link. */
    @Transactional
    @PreAuthorize(Role.ANY_STAFF)
    public LinkDetails decide(long linkId, boolean accept) {
        // a link is the caller's when they see both of its claims
        ClaimLink link = links.findById(linkId)
                .filter(l -> visible.find(l.getFromClaimId()).isPresent() && visible.find(l.getToClaimId()).isPresent())
                .orElseThrow(() -> new NotFoundException("Link", linkId));
        if (link.getState() != LinkState.SUGGESTED && link.getState() != (accept ? LinkState.DISMISSED : LinkState.ACCEPTED)) {
            throw new ConflictException("This link was already " + link.getState().name().toLowerCase() + ".",
                    Map.of("state", link.getState().name()));
        }
        String actor = currentUser.name();
        Instant now = clock.instant();
        LinkState state = accept ? LinkState.ACCEPTED : LinkState.DISMISSED;
        link.decide(state, actor, now);
        String what = (accept ? "accepted " : "dismissed ") + link.getType() + " link";
        claims.findById(link.getFromClaimId()).ifPresent(c -> record(c, "LINK_" + state, what + " with claim "
                + link.getToClaimId(), actor, now));
        claims.findById(link.getToClaimId()).ifPresent(c -> record(c, "LINK_" + state, what + " with claim "
                + link.getFromClaimId(), actor, now));
        return view(links.saveAndFlush(link), link.getFromClaimId());
    }

    /** The claims accepted as the same claim as this one (where a verdict may be copied). */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.ANY_STAFF)
    public List<Long> sameClaims(long claimId) {
        visible.claim(claimId);
        return links.findTouching(claimId).stream()
                .filter(l -> l.getType() == LinkType.SAME_CLAIM && l.getState() == LinkState.ACCEPTED)
                .filter(l -> otherVisible(l, claimId))
                .map(l -> l.other(claimId)).distinct().toList();
    }

    /** Whether the link's other claim is one the caller sees (a deleted one shows as such). */
    private boolean otherVisible(ClaimLink l, long seenFrom) {
        long otherId = l.other(seenFrom);
        return !claims.existsById(otherId) || visible.find(otherId).isPresent();
    }

    private void record(Claim c, String action, String what, String actor, Instant now) {
        events.publishEvent(new ChangeRecorded(ClaimCorrections.ENTITY, c.getId(), c.getArticleId(), action, null,
                null, what, actor, now));
    }

    private LinkDetails view(ClaimLink l, long seenFrom) {
        long otherId = l.other(seenFrom);
        Claim other = claims.findById(otherId).orElse(null);
        return new LinkDetails(l.getId(), otherId, other == null ? "(deleted)" : other.getText(),
                other == null ? "" : other.getClaimant(), other == null ? 0 : other.getArticleId(),
                other == null ? "" : other.getArticle().getTitle(), l.getType(), l.getState(), l.getReason(),
                l.getVersion());
    }

    /** The boundary to the related-claim finder: a claim as the finder sees it. */
    /** Either direction: "a SAME_CLAIM b" is "b SAME_CLAIM a". */
    private static String pairKey(long one, long other, LinkType type) {
        return Math.min(one, other) + ":" + Math.max(one, other) + ":" + type;
    }

    /**
     * The team's newest {@value #MAX_EXISTING_CANDIDATES} other claims as candidates, read as plain values in two
     * queries (as entities, with their figures in batches, they took ~30 statements and most of an import's time
     * at 1M claims: issue 11).
     */
    private List<Candidate> existingCandidates(long articleId, long teamId) {
        List<Object[]> rows = claims.findRecentRowsOutside(articleId, teamId, PageRequest.of(0, MAX_EXISTING_CANDIDATES));
        if (rows.isEmpty()) {
            return List.of();
        }
        java.util.Map<Long, List<Double>> values = new java.util.HashMap<>();
        for (Object[] q : claims.findQuantityValues(rows.stream().map(r -> (Long) r[0]).toList())) {
            values.computeIfAbsent((Long) q[0], k -> new ArrayList<>()).add((Double) q[1]);
        }
        List<Candidate> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            out.add(new Candidate((Long) r[0], (Long) r[1], (String) r[2], (String) r[3],
                    values.getOrDefault((Long) r[0], List.of())));
        }
        return out;
    }

    private static List<Candidate> candidates(List<Claim> list) {
        List<Candidate> out = new ArrayList<>(list.size());
        for (Claim c : list) {
            out.add(new Candidate(c.getId(), c.getArticleId(), c.getText(), c.getClaimant(),
                    c.getQuantities().stream().map(q -> q.view().value()).toList()));
        }
        return out;
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
