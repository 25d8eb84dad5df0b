package org.claimdesk.evidence;

import org.claimdesk.claim.ClaimDetails;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.claim.ClaimStatus;
import org.claimdesk.claim.ClaimWorkflow;
import org.claimdesk.claim.ClaimsMerged;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.annotation.Propagation;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.Role;
import org.claimdesk.shared.ChangeRecorded;
import org.claimdesk.shared.ConflictException;
import org.claimdesk.shared.InputRejectedException;
import org.claimdesk.shared.Inputs;
import org.claimdesk.shared.NotFoundException;
import org.claimdesk.shared.WebLinks;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Sources on claims: attach, edit, remove (each in the claim's history), and the corroboration they add up to. */
@Service
public class EvidenceService {

    /** A claim nobody has worked on yet (or reopened): its first new evidence starts the review. */
    private static final Set<ClaimStatus> NOT_STARTED = Set.of(ClaimStatus.UNREVIEWED, ClaimStatus.REOPENED);

    /** A claim with a verdict; changed evidence reopens it. */
    private static final Set<ClaimStatus> DECIDED = Set.of(ClaimStatus.AWAITING_APPROVAL, ClaimStatus.VERIFIED);

    private final SourceRepository sources;
    private final PublisherRepository publishers;
    private final ClaimWorkflow workflow;
    private final ClaimService claims;
    private final ApplicationEventPublisher events;

    private final CurrentUser currentUser;

    private final Clock clock;

    EvidenceService(SourceRepository sources, PublisherRepository publishers, ClaimWorkflow workflow,
                    ClaimService claims, ApplicationEventPublisher events, CurrentUser currentUser, Clock clock) {
        this.claims = claims;
        this.clock = clock;
        this.currentUser = currentUser;
        this.sources = sources;
        this.publishers = publishers;
        this.workflow = workflow;
        this.events = events;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Role.ANY_STAFF)
    public List<SourceDetails> sources(long claimId) {
        workflow.current(claimId);
        List<Source> list = sources.findByClaimIdOrderByCreatedAtAscIdAsc(claimId);
        Map<String, Reliability> reliability = publishers.findByDomainIn(list.stream().map(Source::getDomain).toList())
                .stream().collect(Collectors.toMap(p -> p.view().domain(), Publisher::getReliability));
        return list.stream().map(s -> s.view(reliability.getOrDefault(s.getDomain(), Reliability.UNRATED))).toList();
    }

    /**
     * The sources and corroboration of many claims at once (the export reads a page of claims this way): three
     * queries however many claims. Claims the caller does not see, and missing ones, are left out; a claim
     * without sources maps to an empty list. At most {@value ClaimService#MAX_SUMMARIES} ids.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.ANY_STAFF)
    public Map<Long, ClaimEvidence> forClaims(Collection<Long> claimIds) {
        Set<Long> visible = claims.visibleIds(claimIds);
        if (visible.isEmpty()) {
            return Map.of();
        }
        List<Source> list = sources.findByClaimIdInOrderByClaimIdAscCreatedAtAscIdAsc(visible);
        Map<String, Reliability> reliability = publishers.findByDomainIn(list.stream().map(Source::getDomain)
                        .distinct().toList())
                .stream().collect(Collectors.toMap(p -> p.view().domain(), Publisher::getReliability));
        Map<Long, List<Source>> byClaim = list.stream().collect(Collectors.groupingBy(Source::getClaimId));
        Map<Long, ClaimEvidence> result = new java.util.HashMap<>();
        for (long id : visible) {
            List<Source> of = byClaim.getOrDefault(id, List.of());
            result.put(id, new ClaimEvidence(
                    of.stream().map(s -> s.view(reliability.getOrDefault(s.getDomain(), Reliability.UNRATED))).toList(),
                    corroborationOf(of.stream().map(Source::data).toList())));
        }
        return result;
    }

    /** Attaches a source; a claim nobody had worked on moves to IN_REVIEW. */
    @Transactional
    @PreAuthorize(Role.ANY_STAFF)
    public SourceDetails addSource(long claimId, SourceInput input) {
        ClaimDetails claim = workflow.current(claimId);
        SourceData data = validated(input);
        String actor = currentUser.name();
        Instant now = clock.instant();
        Source saved = sources.saveAndFlush(new Source(claimId, data, actor, now));
        record(claim, "SOURCE_ADDED", null, null, data.summary(), actor, now);
        // no version here: sources added at the same moment must all succeed, so the status moves only if it
        // still is what it was (a conditional update), never by the claim's version
        if (!workflow.moveIfIn(claimId, NOT_STARTED, ClaimStatus.IN_REVIEW)) {
            reopenIfDecided(claim, actor);
        }
        return saved.view(reliabilityOf(data.domain()));
    }

    @Transactional
    @PreAuthorize(Role.ANY_STAFF)
    public SourceDetails editSource(long claimId, long sourceId, long version, SourceInput input) {
        ClaimDetails claim = workflow.current(claimId);
        Source s = current(claimId, sourceId, version);
        SourceData data = validated(input);
        String actor = currentUser.name();
        Instant now = clock.instant();
        record(claim, "SOURCE_EDITED", "source " + sourceId, s.data().summary(), data.summary(), actor, now);
        s.apply(data);
        s.touched(actor, now);
        SourceDetails saved = sources.saveAndFlush(s).view(reliabilityOf(data.domain()));
        reopenIfDecided(claim, actor);
        return saved;
    }

    @Transactional
    @PreAuthorize(Role.ANY_STAFF)
    public void removeSource(long claimId, long sourceId, long version) {
        removeSource(claimId, sourceId, version, null);
    }

    /**
     * Removes a source; a reason, when given, is kept in the history with the removal and with the reopening it
     * causes on a claim that has a verdict.
     */
    @Transactional
    @PreAuthorize(Role.ANY_STAFF)
    public void removeSource(long claimId, long sourceId, long version, String reason) {
        ClaimDetails claim = workflow.current(claimId);
        Source s = current(claimId, sourceId, version);
        String why = Inputs.optionalText(reason, "reason", EvidenceLimits.MAX_OVERRIDE_REASON);
        String actor = currentUser.name();
        record(claim, "SOURCE_REMOVED", "source " + sourceId, s.data().summary(), why == null ? null : "removed: " + why,
                actor, clock.instant());
        sources.delete(s);
        sources.flush();
        reopenIfDecided(claim, actor, why == null ? "the sources changed after the verdict"
                : "a source was removed after the verdict: " + why);
    }

    /** Distinct publishers (by domain) per stance. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.ANY_STAFF)
    public Corroboration corroboration(long claimId) {
        workflow.current(claimId); // 404 for a claim that does not exist, not zeros
        return corroborationOf(sourceData(claimId));
    }

    static Corroboration corroborationOf(Collection<SourceData> list) {
        Function<Stance, Integer> outlets = stance -> {
            Set<String> domains = new HashSet<>();
            list.stream().filter(s -> s.stance() == stance).forEach(s -> domains.add(s.domain()));
            return domains.size();
        };
        return new Corroboration(outlets.apply(Stance.SUPPORTS), outlets.apply(Stance.CONTRADICTS),
                outlets.apply(Stance.CONTEXT));
    }

    /** Sources of a claim merged into another go with it (the merged-away claim's verdict does not). */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(ClaimsMerged merged) {
        sources.moveSources(merged.mergedAwayClaimId(), merged.intoClaimId());
    }

    /**
     * The evidence under a verdict changed: a verdict waiting for approval or approved no longer rests on what
     * the approver saw, so the claim goes back to REOPENED (recorded in its history).
     */
    private void reopenIfDecided(ClaimDetails claim, String actor) {
        reopenIfDecided(claim, actor, "the sources changed after the verdict");
    }

    private void reopenIfDecided(ClaimDetails claim, String actor, String why) {
        if (workflow.moveIfIn(claim.id(), DECIDED, ClaimStatus.REOPENED)) {
            record(claim, "REOPENED", null, null, "reopened: " + why, actor, clock.instant());
        }
    }

    /** Whether changing this claim's sources reopens it: it has a verdict waiting for approval or approved. */
    public static boolean sourceChangeReopens(ClaimStatus status) {
        return DECIDED.contains(status);
    }

    long sourceCount(long claimId) {
        return sources.countByClaimId(claimId);
    }

    List<SourceData> sourceData(long claimId) {
        return sources.findByClaimIdOrderByCreatedAtAscIdAsc(claimId).stream().map(Source::data).toList();
    }

    /**
     * The sources a claim would have after {@link #copySource copying} {@code copies} to it: its own, and the
     * copies whose link it does not have yet.
     */
    List<SourceData> sourcesAfterCopy(long claimId, List<SourceData> copies) {
        List<SourceData> result = new ArrayList<>(sourceData(claimId));
        Set<String> links = result.stream().map(SourceData::url).collect(Collectors.toCollection(HashSet::new));
        copies.stream().filter(d -> links.add(d.url())).forEach(result::add);
        return result;
    }

    /** Copies a source to another claim (verdict copies to the same claim elsewhere), unless it has that link. */
    void copySource(ClaimDetails target, SourceData data, String actor, Instant now) {
        boolean present = sources.findByClaimIdOrderByCreatedAtAscIdAsc(target.id()).stream()
                .anyMatch(s -> s.getUrl().equals(data.url()));
        if (!present) {
            sources.save(new Source(target.id(), data, actor, now));
            record(target, "SOURCE_ADDED", null, null, data.summary() + " (copied)", actor, now);
        }
    }

    private Source current(long claimId, long sourceId, long version) {
        Source s = sources.findById(sourceId).filter(x -> x.getClaimId() == claimId)
                .orElseThrow(() -> new NotFoundException("Source", sourceId));
        if (s.getVersion() != version) {
            throw new ConflictException(s.getUpdatedBy() + " changed this source at " + s.getUpdatedAt()
                    + " after you opened it; reload and apply your change again.",
                    Map.of("currentVersion", s.getVersion(), "changedBy", s.getUpdatedBy()));
        }
        return s;
    }

    private Reliability reliabilityOf(String domain) {
        return publishers.findByDomain(domain).map(Publisher::getReliability).orElse(Reliability.UNRATED);
    }

    private void record(ClaimDetails claim, String action, String field, String before, String after, String actor,
                        Instant now) {
        events.publishEvent(new ChangeRecorded("CLAIM", claim.id(), claim.articleId(), action, field, before, after,
                actor, now));
    }

    static SourceData validated(SourceInput in) {
        if (in == null) {
            throw new InputRejectedException("url", "A source needs at least a link and a stance.");
        }
        String url = WebLinks.checkPublic(in.url(), "url");
        if (url == null) {
            throw new InputRejectedException("url", "A source needs a link (http or https).");
        }
        if (in.stance() == null) {
            throw new InputRejectedException("stance", "Say whether the source supports, contradicts or gives context.");
        }
        String archived = WebLinks.checkPublic(in.archivedUrl(), "archivedUrl");
        LocalDate tomorrow = LocalDate.now().plusDays(1);
        if (in.publishedAt() != null && in.publishedAt().isAfter(tomorrow)) {
            throw new InputRejectedException("publishedAt", "The publication date cannot be in the future.");
        }
        if (in.accessedAt() != null && in.accessedAt().isAfter(tomorrow)) {
            throw new InputRejectedException("accessedAt", "The date you accessed the source cannot be in the future.");
        }
        return new SourceData(url, WebLinks.domainOf(url),
                Inputs.optionalText(in.title(), "title", EvidenceLimits.MAX_TITLE),
                Inputs.optionalText(in.publisher(), "publisher", EvidenceLimits.MAX_PUBLISHER),
                Inputs.optionalText(in.author(), "author", EvidenceLimits.MAX_AUTHOR),
                in.publishedAt(), in.accessedAt() == null ? LocalDate.now() : in.accessedAt(), in.stance(),
                Inputs.optionalText(in.excerpt(), "excerpt", EvidenceLimits.MAX_EXCERPT), archived);
    }
}
