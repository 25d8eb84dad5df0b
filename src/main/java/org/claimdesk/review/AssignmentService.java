package org.claimdesk.review;

import org.claimdesk.claim.ClaimDetails;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.claim.ClaimStatus;
import org.claimdesk.claim.ClaimWorkflow;
import org.claimdesk.live.Broadcaster;
import org.claimdesk.live.LiveEvent;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.Role;
import org.claimdesk.security.UserDirectory;
import org.claimdesk.shared.ChangeRecorded;
import org.claimdesk.shared.InputRejectedException;
import org.claimdesk.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who checks which claim by when. Editors (and admins) assign a claim to a member of its article's team, with a
 * due date and a priority, reassign and unassign; anyone takes a claim of their team ("assign to me"). A claim
 * of another team is "not found". Every change is in the claim's history and tells the assignee.
 */
@Service
public class AssignmentService {

    /** The most claims one bulk action takes. */
    public static final int MAX_BULK = 500;

    private final AssignmentRepository assignments;
    private final ClaimWorkflow workflow;
    private final ClaimService claims;
    private final UserDirectory users;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Broadcaster broadcaster;
    private final Clock clock;

    AssignmentService(AssignmentRepository assignments, ClaimWorkflow workflow, ClaimService claims,
                      UserDirectory users, CurrentUser currentUser, ApplicationEventPublisher events,
                      PlatformTransactionManager transactionManager, Broadcaster broadcaster, Clock clock) {
        this.broadcaster = broadcaster;
        this.assignments = assignments;
        this.workflow = workflow;
        this.claims = claims;
        this.users = users;
        this.currentUser = currentUser;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** The claim's assignment, if it has one (another team's claim is "not found"). */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.ANY_STAFF)
    public Optional<AssignmentDetails> of(long claimId) {
        workflow.current(claimId);
        return assignments.findById(claimId).map(AssignmentService::details);
    }

    /** Assigns (or reassigns) a claim; editors and admins only. */
    @Transactional
    @PreAuthorize(Role.EDITORS)
    public AssignmentDetails assign(long claimId, String assignee, LocalDate dueDate, Priority priority) {
        return doAssign(claimId, assignee, dueDate, priority);
    }

    /** "Take it": assigns the claim to the signed-in user, keeping its due date and priority. */
    @Transactional
    @PreAuthorize(Role.ANY_STAFF)
    public AssignmentDetails take(long claimId) {
        Optional<Assignment> current = assignments.findById(claimId);
        return doAssign(claimId, currentUser.name(), current.map(Assignment::getDueDate).orElse(null),
                current.map(Assignment::getPriority).orElse(Priority.NORMAL));
    }

    /** Removes the assignment: editors, or the assignee themselves. */
    @Transactional
    @PreAuthorize(Role.ANY_STAFF)
    public void unassign(long claimId) {
        ClaimDetails claim = workflow.current(claimId);
        Assignment a = assignments.findById(claimId)
                .orElseThrow(() -> new InputRejectedException("assignee", "This claim is not assigned."));
        String me = currentUser.name();
        if (!a.getAssignee().equals(me) && !currentUser.hasAnyRole(Role.EDITOR_NAME, Role.ADMIN_NAME)) {
            throw new InputRejectedException("assignee", "Only an editor or the assignee can unassign this claim.");
        }
        assignments.delete(a);
        record(claim, "UNASSIGNED", a.summary(), null, me, clock.instant());
        queueChanged(a.getAssignee(), "UNASSIGNED");
    }

    /**
     * Assigns many claims at once; each goes through the same rules as a single assignment in its own
     * transaction, so one refusal does not undo the others. The result says what was done and what was not.
     */
    @PreAuthorize(Role.EDITORS)
    public List<BulkResult> assignAll(List<Long> claimIds, String assignee, LocalDate dueDate, Priority priority) {
        if (claimIds == null || claimIds.isEmpty()) {
            throw new InputRejectedException("claimIds", "Choose the claims to assign.");
        }
        if (claimIds.size() > MAX_BULK) {
            throw new InputRejectedException("claimIds", "At most " + MAX_BULK + " claims at once.");
        }
        List<BulkResult> results = new ArrayList<>();
        for (Long id : claimIds.stream().filter(Objects::nonNull).distinct().toList()) {
            try {
                transactions.executeWithoutResult(status -> doAssign(id, assignee, dueDate, priority));
                results.add(new BulkResult(id, true, "assigned to " + assignee));
            } catch (InputRejectedException | NotFoundException refused) {
                results.add(new BulkResult(id, false, refused.getMessage()));
            }
        }
        return results;
    }

    /**
     * The signed-in user's open work: their assigned claims not yet verified, by due date (none last), then
     * priority; overdue ones are marked.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.ANY_STAFF)
    public List<QueueItem> myQueue() {
        LocalDate today = LocalDate.now(clock);
        List<QueueItem> items = new ArrayList<>();
        for (Assignment a : assignments.findByAssignee(currentUser.name())) {
            ClaimDetails c;
            try {
                c = claims.get(a.getClaimId());
            } catch (NotFoundException movedAway) {
                continue; // the article moved to a team the assignee is not in
            }
            if (c.status() == ClaimStatus.VERIFIED) {
                continue;
            }
            boolean overdue = a.getDueDate() != null && a.getDueDate().isBefore(today);
            items.add(new QueueItem(c.id(), c.text(), c.claimant(), c.articleTitle(), c.status(), a.getDueDate(),
                    a.getPriority(), overdue));
        }
        items.sort(Comparator.comparing(QueueItem::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(QueueItem::priority).thenComparingLong(QueueItem::claimId));
        return items;
    }

    /** The claim after this one in the signed-in user's queue (the first when this one is not in it). */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.ANY_STAFF)
    public Optional<Long> nextInMyQueue(long currentClaimId) {
        List<QueueItem> queue = myQueue();
        for (int i = 0; i < queue.size(); i++) {
            if (queue.get(i).claimId() == currentClaimId) {
                return i + 1 < queue.size() ? Optional.of(queue.get(i + 1).claimId()) : Optional.empty();
            }
        }
        return queue.isEmpty() ? Optional.empty() : Optional.of(queue.getFirst().claimId());
    }

    private AssignmentDetails doAssign(long claimId, String assignee, LocalDate dueDate, Priority priority) {
        ClaimDetails claim = workflow.current(claimId); // another team's claim: "not found"
        if (assignee == null || assignee.isBlank()) {
            throw new InputRejectedException("assignee", "Say who checks this claim.");
        }
        String who = assignee.strip();
        if (!users.canSee(who, claim.teamId())) {
            throw new InputRejectedException("assignee", who + " is not a member of this article's team, so cannot be "
                    + "assigned its claims.");
        }
        if (dueDate != null && dueDate.isBefore(LocalDate.now(clock))) {
            throw new InputRejectedException("dueDate", "The due date cannot be in the past.");
        }
        if (claim.status() == ClaimStatus.VERIFIED) {
            throw new InputRejectedException("status", "This claim is verified; reopen it before assigning it again.");
        }
        Assignment a = assignments.findById(claimId).orElseGet(() -> new Assignment(claimId));
        String before = a.getAssignee() == null ? null : a.summary();
        String previousAssignee = a.getAssignee();
        String actor = currentUser.name();
        Instant now = clock.instant();
        a.set(who, dueDate, priority == null ? Priority.NORMAL : priority, actor, now);
        Assignment saved = assignments.saveAndFlush(a);
        record(claim, "ASSIGNED", before, saved.summary(), actor, now);
        queueChanged(who, "ASSIGNED");
        if (previousAssignee != null && !previousAssignee.equals(who)) {
            queueChanged(previousAssignee, "REASSIGNED");
        }
        if (!who.equals(actor)) {
            events.publishEvent(new ClaimAssigned(claimId, claim.teamId(), who, actor));
        }
        return details(saved);
    }

    /** Open "My queue" screens of {@code username} refresh once the change commits. */
    private void queueChanged(String username, String what) {
        broadcaster.publishAfterCommit(new LiveEvent(LiveEvent.user(username), LiveEvent.Kind.CHANGED,
                currentUser.name(), what));
    }

    private void record(ClaimDetails claim, String action, String before, String after, String actor, Instant at) {
        events.publishEvent(new ChangeRecorded("CLAIM", claim.id(), claim.articleId(), action, "assignment", before,
                after, actor, at));
    }

    private static AssignmentDetails details(Assignment a) {
        return new AssignmentDetails(a.getClaimId(), a.getAssignee(), a.getDueDate(), a.getPriority(), a.getVersion());
    }
}
