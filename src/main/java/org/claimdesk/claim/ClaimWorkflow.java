package org.claimdesk.claim;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.claimdesk.security.CurrentUser;
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
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Moves a claim through its verification status, along the paths of {@link ClaimTransitions} only: any other move,
 * or one the signed-in user may not make, is refused before anything changes. The evidence module owns the rules
 * of when a move is due (what a verdict needs) and calls this inside its own transaction; the claim's version is
 * the concurrency token for the whole review, so a stale page is refused here.
 */
@Service
public class ClaimWorkflow {

    private final ClaimRepository claims;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final VisibleClaims visible;

    private final Clock clock;

    @PersistenceContext
    private EntityManager entityManager;

    ClaimWorkflow(ClaimRepository claims, ApplicationEventPublisher events, CurrentUser currentUser,
                  VisibleClaims visible, Clock clock) {
        this.visible = visible;
        this.clock = clock;
        this.claims = claims;
        this.events = events;
        this.currentUser = currentUser;
    }

    /** {@link #move(long, Long, ClaimStatus, String)} for a move that is not about someone's verdict. */
    @Transactional(propagation = Propagation.MANDATORY)
    @PreAuthorize(Role.ANY_STAFF)
    public ClaimDetails move(long claimId, Long expectedVersion, ClaimStatus to) {
        return doMove(claimId, expectedVersion, to, null);
    }

    /**
     * Checks that the caller saw the claim's current version (when {@code expectedVersion} is not null) and that
     * the signed-in user may make this move (see {@link ClaimTransitions}), then moves it to {@code to}, records
     * the change and returns the claim as it is now. The version always grows, even when the status stays (a
     * revised verdict), so a concurrent verdict on the same claim is caught.
     *
     * @param verdictAuthor who gave the verdict the move is about, for the rule that nobody approves their own
     */
    @Transactional(propagation = Propagation.MANDATORY)
    @PreAuthorize(Role.ANY_STAFF)
    public ClaimDetails move(long claimId, Long expectedVersion, ClaimStatus to, String verdictAuthor) {
        return doMove(claimId, expectedVersion, to, verdictAuthor);
    }

    private ClaimDetails doMove(long claimId, Long expectedVersion, ClaimStatus to, String verdictAuthor) {
        Claim c = claims.findById(claimId).orElseThrow(() -> new NotFoundException("Claim", claimId));
        if (expectedVersion != null && c.getVersion() != expectedVersion) {
            throw new StaleClaimException(claimId, c.getVersion(), c.getUpdatedBy(), c.getUpdatedAt());
        }
        String actor = currentUser.name();
        ClaimStatus from = c.getStatus();
        ClaimTransitions.check(from, to, roles(), actor, verdictAuthor);
        Instant now = clock.instant();
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
     * Every move from {@code from} to {@code to} must be in the table for the signed-in user, whichever status the
     * claim turns out to have: a path that is not allowed is refused even when it would not have been taken.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    @PreAuthorize(Role.ANY_STAFF)
    public boolean moveIfIn(long claimId, Set<ClaimStatus> from, ClaimStatus to) {
        String actor = currentUser.name();
        Set<Role> roles = roles();
        from.forEach(status -> ClaimTransitions.check(status, to, roles, actor, null));
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

    /**
     * Refuses, as {@link #move} would, a move from {@code from} (the status the caller just read) by the signed-in
     * user; for services that check it before their own rules, so that the caller hears first that the path itself
     * is closed. {@link #move} checks again on the claim as it is when it moves.
     */
    @PreAuthorize(Role.ANY_STAFF)
    public Transition checkMove(ClaimStatus from, ClaimStatus to, String verdictAuthor) {
        return ClaimTransitions.check(from, to, roles(), currentUser.name(), verdictAuthor);
    }

    /** Whether the signed-in user may move a claim in {@code from} to {@code to} (rules about the person aside). */
    @PreAuthorize(Role.ANY_STAFF)
    public boolean mayMove(ClaimStatus from, ClaimStatus to) {
        return ClaimTransitions.allowed(from, to, roles());
    }

    /** What the signed-in user may do next with the claim, as it is now. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.ANY_STAFF)
    public List<Transition> next(long claimId) {
        return ClaimTransitions.next(current(claimId).status(), roles());
    }

    /** The claim's current status and version, for rules that depend on them. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.ANY_STAFF)
    public ClaimDetails current(long claimId) {
        return visible.claim(claimId).details(); // another team's claim is "not found" (the evidence module's check)
    }

    /** The signed-in user's roles, read where the move is made rather than taken from the caller. */
    private Set<Role> roles() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (currentUser.hasAnyRole(role.name())) {
                roles.add(role);
            }
        }
        return roles;
    }
}
