package org.claimdesk.claim;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.claimdesk.security.Role;
import org.claimdesk.shared.ChangeRecorded;
import org.claimdesk.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;

/**
 * Moves a claim through its verification status. The evidence module owns the rules (what a verdict needs,
 * who may approve) and calls this inside its own transaction; the claim's version is the concurrency token
 * for the whole review, so a stale page is refused here.
 */
@Service
public class ClaimWorkflow {

    private final ClaimRepository claims;
    private final ApplicationEventPublisher events;
    private final VisibleClaims visible;

    private final Clock clock;

    @PersistenceContext
    private EntityManager entityManager;

    ClaimWorkflow(ClaimRepository claims, ApplicationEventPublisher events, VisibleClaims visible, Clock clock) {
        this.visible = visible;
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

    /**
     * Moves the claim to {@code to} when its status, as committed now, is one of {@code from}, and says whether it
     * moved. For changes that carry no version (adding or changing evidence): two of them at the same moment both
     * succeed, the second finding the claim already moved, where {@link #move} would refuse the second for the
     * version the first one raised. Each attempt is one conditional UPDATE, so a status someone else committed in
     * between is never overwritten: it is read again and decided anew. The version grows when the status changes.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    @PreAuthorize(Role.ANY_STAFF)
    public boolean moveIfIn(long claimId, Set<ClaimStatus> from, ClaimStatus to, String actor) {
        for (int attempt = 0; attempt < 5; attempt++) {
            ClaimStatus status = entityManager.createQuery("select c.status from Claim c where c.id = :id", ClaimStatus.class)
                    .setParameter("id", claimId).getResultStream().findFirst()
                    .orElseThrow(() -> new NotFoundException("Claim", claimId));
            if (!from.contains(status)) {
                return false;
            }
            Instant now = clock.instant();
            int moved = entityManager.createQuery("update Claim c set c.status = :to, c.version = c.version + 1, "
                            + "c.updatedBy = :actor, c.updatedAt = :now where c.id = :id and c.status = :from")
                    .setParameter("to", to).setParameter("actor", actor).setParameter("now", now)
                    .setParameter("id", claimId).setParameter("from", status)
                    .executeUpdate();
            if (moved == 1) {
                Claim c = claims.findById(claimId).orElseThrow(() -> new NotFoundException("Claim", claimId));
                entityManager.refresh(c); // the UPDATE went around the persistence context: no stale copy stays
                events.publishEvent(new ChangeRecorded(ClaimCorrections.ENTITY, c.getId(), c.getArticleId(), "STATUS",
                        "status", status.name(), to.name(), actor, now));
                return true;
            }
        }
        throw new ObjectOptimisticLockingFailureException(Claim.class, claimId); // the status kept changing under us
    }

    /** The claim's current status and version, for rules that depend on them. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.ANY_STAFF)
    public ClaimDetails current(long claimId) {
        return visible.claim(claimId).details(); // another team's claim is "not found" (the evidence module's check)
    }
}
