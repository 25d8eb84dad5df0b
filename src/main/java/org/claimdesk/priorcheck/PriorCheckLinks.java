package org.claimdesk.priorcheck;

import org.claimdesk.claim.ClaimDetails;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.related.Candidate;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.Role;
import org.claimdesk.security.TeamAccess;
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
import java.util.List;
import java.util.Map;

/**
 * Links from claims to prior checks: suggested by the related-claims finder (when prior checks are imported,
 * against the team's claims; when an article is imported, against the team's prior checks), made by a
 * reviewer, accepted or dismissed. A claim links only to prior checks of its own article's team. Each change is
 * recorded in the claim's history, which also refreshes open claim pages.
 */
@Service
public class PriorCheckLinks {

    /** How many prior checks an article's claims are compared with (the newest ones). */
    static final int MAX_PRIOR_CHECK_CANDIDATES = 2000;

    private final PriorCheckRepository checks;
    private final ClaimPriorCheckRepository links;
    private final TeamClaims teamClaims;
    private final ClaimService claims;
    private final TeamAccess teams;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PriorCheckLinks(PriorCheckRepository checks, ClaimPriorCheckRepository links, TeamClaims teamClaims,
                    ClaimService claims, TeamAccess teams, CurrentUser currentUser, ApplicationEventPublisher events,
                    Clock clock) {
        this.checks = checks;
        this.links = links;
        this.teamClaims = teamClaims;
        this.claims = claims;
        this.teams = teams;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** The claim's links, accepted and suggested first, then dismissed; 404 for a claim the caller cannot see. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.ANY_STAFF)
    public List<PriorCheckLink> linksOf(long claimId) {
        claims.get(claimId);
        return links.findByClaimIdOrderByIdAsc(claimId).stream()
                .map(l -> checks.findById(l.getPriorCheckId()).filter(p -> teams.canSee(p.getTeamId()))
                        .map(p -> l.view(p.details())).orElse(null))
                .filter(java.util.Objects::nonNull)
                .sorted(java.util.Comparator.comparing(l -> l.status() == LinkStatus.DISMISSED))
                .toList();
    }

    /** A link a reviewer makes: accepted at once (a suggested or dismissed one becomes accepted). */
    @Transactional
    @PreAuthorize(Role.ANY_STAFF)
    public PriorCheckLink link(long claimId, long priorCheckId) {
        ClaimDetails claim = claims.get(claimId);
        PriorCheck check = visible(priorCheckId);
        if (claim.teamId() == null || check.getTeamId() != claim.teamId()) {
            throw new InputRejectedException("priorCheckId",
                    "This prior check belongs to another team than the claim's article.");
        }
        String actor = currentUser.name();
        Instant now = clock.instant();
        ClaimPriorCheck link = links.findByClaimIdAndPriorCheckId(claimId, priorCheckId).orElse(null);
        if (link != null && link.getStatus() == LinkStatus.ACCEPTED) {
            throw new ConflictException("The claim is already linked to this prior check.", Map.of("linkId", link.getId()));
        }
        if (link == null) {
            link = new ClaimPriorCheck(claimId, priorCheckId, LinkStatus.ACCEPTED, null, actor, now);
        } else {
            link.decide(LinkStatus.ACCEPTED, actor, now);
        }
        link = links.saveAndFlush(link);
        record(claim, "PRIOR_CHECK_LINKED", check, actor, now);
        return link.view(check.details());
    }

    /** Accepts or dismisses a link of the claim (a dismissed one may be accepted later, and back). */
    @Transactional
    @PreAuthorize(Role.ANY_STAFF)
    public PriorCheckLink decide(long claimId, long linkId, boolean accept) {
        ClaimDetails claim = claims.get(claimId);
        ClaimPriorCheck link = links.findById(linkId).filter(l -> l.getClaimId() == claimId)
                .orElseThrow(() -> new NotFoundException("Prior-check link", linkId));
        PriorCheck check = checks.findById(link.getPriorCheckId()).filter(p -> teams.canSee(p.getTeamId()))
                .orElseThrow(() -> new NotFoundException("Prior-check link", linkId));
        LinkStatus wanted = accept ? LinkStatus.ACCEPTED : LinkStatus.DISMISSED;
        if (link.getStatus() == wanted) {
            throw new ConflictException("This link was already " + wanted.name().toLowerCase() + ".",
                    Map.of("status", wanted.name()));
        }
        String actor = currentUser.name();
        Instant now = clock.instant();
        link.decide(wanted, actor, now);
        link = links.saveAndFlush(link);
        record(claim, "PRIOR_CHECK_" + wanted.name(), check, actor, now);
        return link.view(check.details());
    }

    /** Suggestions for prior checks just stored in the team, against the team's newest claims. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    @PreAuthorize(Role.ANY_STAFF)
    public int suggestForPriorChecks(long teamId, List<Long> priorCheckIds) {
        if (priorCheckIds.isEmpty()) {
            return 0;
        }
        List<Candidate> fresh = checks.findAllById(priorCheckIds).stream().filter(p -> p.getTeamId() == teamId)
                .map(p -> PriorCheckMatcher.candidate(p.getId(), p.getClaimReviewed(), p.getClaimant())).toList();
        return store(PriorCheckMatcher.sameClaims(fresh, teamClaims.newest(teamId)));
    }

    /**
     * Suggestions for an article's claims against the prior checks of its team. Always in a transaction of its
     * own: it runs after the article's import has committed and must never undo it.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    @PreAuthorize(Role.ANY_STAFF)
    public int suggestForArticle(long articleId) {
        List<ClaimDetails> ofArticle = claims.claimsOfArticle(articleId);
        if (ofArticle.isEmpty() || ofArticle.getFirst().teamId() == null) {
            return 0;
        }
        List<Candidate> existing = checks.findByTeamIdOrderByIdDesc(ofArticle.getFirst().teamId(),
                        PageRequest.of(0, MAX_PRIOR_CHECK_CANDIDATES)).stream()
                .map(p -> PriorCheckMatcher.candidate(p.getId(), p.getClaimReviewed(), p.getClaimant())).toList();
        List<Candidate> fresh = ofArticle.stream().map(c -> new Candidate(c.id(), c.articleId(), c.text(),
                c.claimant(), c.quantities().stream().map(q -> q.value()).toList())).toList();
        return store(PriorCheckMatcher.sameClaims(fresh, existing));
    }

    /** Stores the suggestions that are new: a pair linked before (in any status) is left as it is. */
    private int store(List<PriorCheckMatcher.Pair> pairs) {
        String actor = currentUser.name();
        Instant now = clock.instant();
        int made = 0;
        for (PriorCheckMatcher.Pair p : pairs) {
            if (links.findByClaimIdAndPriorCheckId(p.claimId(), p.priorCheckId()).isPresent()) {
                continue;
            }
            String reason = p.reason() == null || p.reason().length() <= PriorCheckLimits.MAX_REASON ? p.reason()
                    : p.reason().substring(0, PriorCheckLimits.MAX_REASON - 1) + "…";
            links.save(new ClaimPriorCheck(p.claimId(), p.priorCheckId(), LinkStatus.SUGGESTED, reason, actor, now));
            made++;
        }
        return made;
    }

    private PriorCheck visible(long id) {
        return checks.findById(id).filter(p -> teams.canSee(p.getTeamId()))
                .orElseThrow(() -> new NotFoundException("Prior check", id));
    }

    private void record(ClaimDetails claim, String action, PriorCheck check, String actor, Instant now) {
        PriorCheckDetails d = check.details();
        events.publishEvent(new ChangeRecorded("CLAIM", claim.id(), claim.articleId(), action, null, null,
                "prior check " + d.id() + " — " + d.verdictLine() + " (" + d.reviewUrl() + ")", actor, now));
    }
}
