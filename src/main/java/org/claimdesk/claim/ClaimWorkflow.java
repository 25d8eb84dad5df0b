package org.claimdesk.claim;

import org.claimdesk.security.Role;
import org.claimdesk.shared.ChangeRecorded;
import org.claimdesk.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;

/**
 * Moves a claim through its verification status. The evidence module owns the rules (what a verdict needs,
 * who may approve) and calls this inside its own transaction; the claim's version is the concurrency token
 * for the whole review, so a stale page is refused here.
 */
@Service
public class ClaimWorkflow {

    private final ClaimRepository claims;
    private final ApplicationEventPublisher events;

    private final Clock clock;

    ClaimWorkflow(ClaimRepository claims, ApplicationEventPublisher events, Clock clock) {
        this.clock = clock;
        this.claims = claims;
        this.events = events;
    }

    /**
     * Checks that the caller saw the claim's current version (when {@code expectedVersion} is not null), then
     * moves it to {@code to}, records the change and returns the claim as it is now. The version always
     * grows, even when the status stays, so a concurrent verdict on the same claim is caught.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    @PreAuthorize(Role.ANY_STAFF)
    public ClaimDetails move(long claimId, Long expectedVersion, ClaimStatus to, String actor) {
        Claim c = claims.findById(claimId).orElseThrow(() -> new NotFoundException("Claim", claimId));
        if (expectedVersion != null && c.getVersion() != expectedVersion) {
            throw new StaleClaimException(claimId, c.getVersion(), c.getUpdatedBy(), c.getUpdatedAt());
        }
        Instant now = clock.instant();
        ClaimStatus from = c.getStatus();
        if (from != to) {
            events.publishEvent(new ChangeRecorded(ClaimCorrections.ENTITY, c.getId(), c.getArticleId(), "STATUS",
                    "status", from.name(), to.name(), actor, now));
            c.setStatus(to);
        }
        c.touched(actor, now);
        return claims.saveAndFlush(c).details();
    }

    /** The claim's current status and version, for rules that depend on them. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.ANY_STAFF)
    public ClaimDetails current(long claimId) {
        return claims.findById(claimId).map(Claim::details).orElseThrow(() -> new NotFoundException("Claim", claimId));
    }
}
