package org.claimdesk.evidence;

import org.claimdesk.claim.ClaimDetails;
import org.claimdesk.claim.ClaimLinks;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.claim.ClaimStatus;
import org.claimdesk.claim.ClaimWorkflow;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.Role;
import org.claimdesk.shared.ChangeRecorded;
import org.claimdesk.shared.InputRejectedException;
import org.claimdesk.shared.Inputs;
import org.claimdesk.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Verdicts and the approval rules, the same for the UI and the API:
 * <ul>
 * <li>a verdict needs at least one source and a written rationale;</li>
 * <li>TRUE or MOSTLY_TRUE needs two independent supporting publishers, or an editor's override with a reason;</li>
 * <li>a verdict puts the claim in AWAITING_APPROVAL; approval to VERIFIED comes from an editor or another
 * fact-checker, never from the verdict's author;</li>
 * <li>a verified claim must be reopened before it gets a new verdict.</li>
 * </ul>
 * Which status changes exist at all, and who may make them, is the claim module's {@link
 * org.claimdesk.claim.ClaimTransitions}: this service asks it before its own rules and moves the claim through
 * {@link ClaimWorkflow}, which refuses any other path.
 */
@Service
public class VerdictService {

    private final VerdictRepository verdicts;
    private final EvidenceService evidence;
    private final ClaimWorkflow workflow;
    private final ClaimLinks links;
    private final ClaimService claims;
    private final ApplicationEventPublisher events;

    private final CurrentUser currentUser;

    private final Clock clock;

    VerdictService(VerdictRepository verdicts, EvidenceService evidence, ClaimWorkflow workflow, ClaimLinks links,
                   ClaimService claims, ApplicationEventPublisher events, CurrentUser currentUser, Clock clock) {
        this.claims = claims;
        this.clock = clock;
        this.currentUser = currentUser;
        this.verdicts = verdicts;
        this.evidence = evidence;
        this.workflow = workflow;
        this.links = links;
        this.events = events;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Role.ANY_STAFF)
    public Optional<VerdictDetails> verdict(long claimId) {
        workflow.current(claimId); // 404 for another team's claim
        return verdicts.findById(claimId).map(Verdict::view);
    }

    /**
     * The verdicts of many claims at once (the export reads a page of claims this way), by claim id; claims
     * without a verdict, the caller's unseen claims and missing ones are absent. At most
     * {@value ClaimService#MAX_SUMMARIES} ids.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.ANY_STAFF)
    public java.util.Map<Long, VerdictDetails> forClaims(java.util.Collection<Long> claimIds) {
        java.util.Set<Long> visible = claims.visibleIds(claimIds);
        if (visible.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<Long, VerdictDetails> result = new java.util.HashMap<>();
        verdicts.findAllById(visible).forEach(v -> result.put(v.view().claimId(), v.view()));
        return result;
    }

    @Transactional
    @PreAuthorize(Role.ANY_STAFF)
    public VerdictDetails setVerdict(long claimId, VerdictInput in) {
        ClaimDetails claim = workflow.current(claimId);
        if (in == null || in.attribution() == null) {
            throw new InputRejectedException("attribution", "Say whether the claimant really said it.");
        }
        if (in.rating() == null) {
            throw new InputRejectedException("rating", "Choose a rating.");
        }
        if (in.version() == null) {
            throw new InputRejectedException("version", "Give the version of the claim you read.");
        }
        String rationale = Inputs.optionalText(in.rationale(), "rationale", EvidenceLimits.MAX_RATIONALE);
        if (rationale == null) {
            throw new InputRejectedException("rationale", "Write the rationale for the verdict.");
        }
        workflow.checkMove(claim.status(), ClaimStatus.AWAITING_APPROVAL, null); // a verified claim is reopened first
        String override = null;
        if (in.rating().needsCorroboration() && evidence.corroboration(claimId).supportingPublishers() < 2) {
            override = Inputs.optionalText(in.overrideReason(), "overrideReason", EvidenceLimits.MAX_OVERRIDE_REASON);
            if (override != null && !currentUser.hasAnyRole(Role.EDITOR_NAME, Role.ADMIN_NAME)) {
                throw new InputRejectedException("overrideReason", "Only an editor can override the two-publisher rule.");
            }
        }
        checkEvidence(claimId, in.rating(), override != null);
        String actor = currentUser.name();
        Instant now = clock.instant();
        // the claim's version guards the whole verdict: a stale page is refused before anything changes
        workflow.move(claimId, in.version(), ClaimStatus.AWAITING_APPROVAL);
        Verdict v = verdicts.findById(claimId).orElseGet(() -> new Verdict(claimId));
        String before = v.getRating() == null ? null : v.summary();
        v.decide(in.attribution(), in.rating(), rationale, override, actor, now);
        Verdict saved = verdicts.saveAndFlush(v);
        record(claim, "VERDICT", "verdict", before, saved.summary()
                + (override == null ? "" : " [editor's override: " + override + "]"), actor, now);
        events.publishEvent(new VerdictGiven(claimId, claim.articleId(), claim.teamId(), actor, saved.getRating().name()));
        return saved.view();
    }

    @Transactional
    @PreAuthorize(Role.ANY_STAFF)
    public VerdictDetails approve(long claimId, Long version) {
        ClaimDetails claim = workflow.current(claimId);
        Verdict v = verdicts.findById(claimId)
                .orElseThrow(() -> new InputRejectedException("verdict", "There is no verdict to approve yet."));
        // only a claim awaiting approval, and never by the verdict's author
        workflow.checkMove(claim.status(), ClaimStatus.VERIFIED, v.getAuthor());
        String actor = currentUser.name();
        if (version == null) {
            throw new InputRejectedException("version", "Give the version of the claim you read.");
        }
        // the rules hold at approval too (sources are reopened on change, but approval checks once more)
        checkEvidence(claimId, v.getRating(), v.overrideReason() != null);
        Instant now = clock.instant();
        workflow.move(claimId, version, ClaimStatus.VERIFIED, v.getAuthor());
        v.approve(actor, now);
        Verdict saved = verdicts.saveAndFlush(v);
        record(claim, "APPROVED", null, null, "approved " + v.summary(), actor, now);
        events.publishEvent(new VerdictApproved(claimId, claim.articleId(), claim.teamId(), v.getAuthor(), actor));
        return saved.view();
    }

    /** At least one source; TRUE or MOSTLY_TRUE needs two independent supporting publishers unless overridden. */
    private void checkEvidence(long claimId, Rating rating, boolean overridden) {
        checkEvidence(evidence.sourceCount(claimId), evidence.corroboration(claimId), rating, overridden);
    }

    /** The same rules, on given sources (those a claim would have after a copy). */
    private static void checkEvidence(long sourceCount, Corroboration corroboration, Rating rating, boolean overridden) {
        if (sourceCount == 0) {
            throw new InputRejectedException("sources", "A verdict needs at least one source.");
        }
        if (rating.needsCorroboration() && !overridden) {
            int supporting = corroboration.supportingPublishers();
            if (supporting < 2) {
                throw new InputRejectedException("rating", "Rating a claim " + rating
                        + " needs sources from two independent publishers that support it (it has "
                        + supporting + "), or an editor's override with a reason.");
            }
        }
    }

    @Transactional
    @PreAuthorize(Role.ANY_STAFF)
    public ClaimDetails reopen(long claimId, Long version, String reason) {
        ClaimDetails claim = workflow.current(claimId);
        workflow.checkMove(claim.status(), ClaimStatus.REOPENED, null); // only a verified or awaiting claim
        if (version == null) {
            throw new InputRejectedException("version", "Give the version of the claim you read.");
        }
        String why = Inputs.optionalText(reason, "reason", EvidenceLimits.MAX_OVERRIDE_REASON);
        String actor = currentUser.name();
        ClaimDetails moved = workflow.move(claimId, version, ClaimStatus.REOPENED);
        record(claim, "REOPENED", null, null, why == null ? "reopened" : "reopened: " + why, actor, clock.instant());
        verdicts.findById(claimId).ifPresent(v -> events.publishEvent(
                new ClaimReopened(claimId, claim.articleId(), claim.teamId(), actor, v.getAuthor(), why)));
        return moved;
    }

    /**
     * Copies this claim's approved verdict (with its sources) to every claim accepted as the SAME_CLAIM; each
     * copy waits for approval and is recorded in the target's history. Targets that are verified or whose own
     * verdict waits for approval are left alone, and so are targets where the rules would not hold: a copy is
     * all or nothing per target, so such a target gets neither the sources nor the verdict.
     *
     * @return the ids of the claims that got the copy
     */
    @Transactional
    @PreAuthorize(Role.ANY_STAFF)
    public List<Long> copyToSameClaims(long claimId) {
        Verdict v = verdicts.findById(claimId).orElseThrow(() -> new NotFoundException("Verdict of claim", claimId));
        if (workflow.current(claimId).status() != ClaimStatus.VERIFIED) {
            throw new InputRejectedException("status", "Only an approved (verified) verdict can be copied.");
        }
        String actor = currentUser.name();
        Instant now = clock.instant();
        List<SourceData> data = evidence.sourceData(claimId);
        List<Long> copied = new ArrayList<>();
        for (long targetId : links.sameClaims(claimId)) {
            ClaimDetails target = workflow.current(targetId);
            // a verdict waiting for approval there is someone's work, not replaced by a copy; a verified one
            // would have to be reopened first
            if (target.status() == ClaimStatus.AWAITING_APPROVAL
                    || !workflow.mayMove(target.status(), ClaimStatus.AWAITING_APPROVAL)) {
                continue;
            }
            // the rules are checked on the sources the target would have, before anything is written
            List<SourceData> wouldHave = evidence.sourcesAfterCopy(targetId, data);
            try {
                checkEvidence(wouldHave.size(), EvidenceService.corroborationOf(wouldHave), v.getRating(),
                        v.overrideReason() != null);
            } catch (InputRejectedException rulesDoNotHold) {
                continue;
            }
            data.forEach(d -> evidence.copySource(target, d, actor, now));
            workflow.move(targetId, null, ClaimStatus.AWAITING_APPROVAL);
            Verdict copy = verdicts.findById(targetId).orElseGet(() -> new Verdict(targetId));
            String note = " (copied from claim " + claimId + ")";
            String rationale = v.getRationale().length() + note.length() > EvidenceLimits.MAX_RATIONALE
                    ? v.getRationale().substring(0, EvidenceLimits.MAX_RATIONALE - note.length()) + note
                    : v.getRationale() + note;
            copy.decide(v.getAttribution(), v.getRating(), rationale, v.overrideReason(), actor, now);
            verdicts.save(copy);
            record(target, "VERDICT_COPIED", "verdict", null, copy.summary(), actor, now);
            copied.add(targetId);
        }
        verdicts.flush();
        return copied;
    }

    private void record(ClaimDetails claim, String action, String field, String before, String after, String actor,
                        Instant now) {
        events.publishEvent(new ChangeRecorded("CLAIM", claim.id(), claim.articleId(), action, field, before, after,
                actor, now));
    }
}
