package org.claimdesk.review;

import org.claimdesk.claim.ClaimDetails;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.claim.ClaimStatus;
import org.claimdesk.claim.ClaimWorkflow;
import org.claimdesk.live.Broadcaster;
import org.claimdesk.live.LiveEvent;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.Role;
import org.claimdesk.security.TeamAccess;
import org.claimdesk.security.TeamScope;
import org.claimdesk.security.UserDirectory;
import org.claimdesk.shared.ChangeRecorded;
import org.claimdesk.shared.InputRejectedException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Who checks which claim by when. Editors (and admins) assign a claim to a member of its article's team, with a
 * due date and a priority, reassign and unassign; anyone takes a claim of their team ("assign to me"). A claim
 * of another team is "not found". Every change is in the claim's history and tells the assignee.
 */
@Service
public class AssignmentService {

    /** The most claims one bulk action takes. */
    public static final int MAX_BULK = 500;

    /** The most claims {@link #myQueue} lists (the soonest due first): a page a reviewer can work through. */
    public static final int MAX_QUEUE_ITEMS = 200;

    private final AssignmentRepository assignments;
    private final ClaimWorkflow workflow;
    private final ClaimService claims;
    private final UserDirectory users;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Broadcaster broadcaster;
    private final Clock clock;
    private final TeamAccess teamAccess;

    AssignmentService(AssignmentRepository assignments, ClaimWorkflow workflow, ClaimService claims,
                      UserDirectory users, CurrentUser currentUser, ApplicationEventPublisher events,
                      PlatformTransactionManager transactionManager, Broadcaster broadcaster, Clock clock,
                      TeamAccess teamAccess) {
        this.teamAccess = teamAccess;
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

    /**
     * The assignments of many claims at once (the export reads a page of claims this way), by claim id; claims
     * without one, the caller's unseen claims and missing ones are absent. At most
     * {@value ClaimService#MAX_SUMMARIES} ids.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.ANY_STAFF)
    public java.util.Map<Long, AssignmentDetails> forClaims(java.util.Collection<Long> claimIds) {
        java.util.Set<Long> visible = claims.visibleIds(claimIds);
        if (visible.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<Long, AssignmentDetails> result = new java.util.HashMap<>();
        assignments.findAllById(visible).forEach(a -> result.put(a.getClaimId(), details(a)));
        return result;
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
        return BulkRun.each(transactions, claimIds, "Choose the claims to assign.", id -> {
            AssignmentDetails a = doAssign(id, assignee, dueDate, priority);
            return "assigned to " + a.assignee();
        });
    }

    /**
     * Assigns every claim of an article that is not verified yet (verified ones need reopening first, so they are
     * left out rather than refused); one result per claim, as {@link #assignAll}. Another team's article is "not
     * found". An article with nothing left to assign gives no results.
     */
    @PreAuthorize(Role.EDITORS)
    public List<BulkResult> assignArticle(long articleId, String assignee, LocalDate dueDate, Priority priority) {
        List<Long> open = claims.claimsOfArticle(articleId).stream()
                .filter(c -> c.status() != ClaimStatus.VERIFIED).map(ClaimDetails::id).toList();
        return open.isEmpty() ? List.of() : assignAll(open, assignee, dueDate, priority);
    }

    /**
     * Sets the priority of many assigned claims, keeping assignee and due date. A claim without an assignment, or
     * a verified one, is refused (as assigning it would be); an overdue one may still change priority.
     */
    @PreAuthorize(Role.EDITORS)
    public List<BulkResult> setPriorityAll(List<Long> claimIds, Priority priority) {
        if (priority == null) {
            throw new InputRejectedException("priority", "Choose a priority.");
        }
        return BulkRun.each(transactions, claimIds, "Choose the claims to change.", id -> {
            change(id, Assignment::getDueDate, a -> priority);
            return "priority " + priority;
        });
    }

    /**
     * Sets (or, with null, clears) the due date of many assigned claims, keeping assignee and priority. The date
     * cannot be in the past; a claim without an assignment, or a verified one, is refused.
     */
    @PreAuthorize(Role.EDITORS)
    public List<BulkResult> setDueDateAll(List<Long> claimIds, LocalDate dueDate) {
        if (dueDate != null && dueDate.isBefore(LocalDate.now(clock))) {
            throw new InputRejectedException("dueDate", "The due date cannot be in the past.");
        }
        return BulkRun.each(transactions, claimIds, "Choose the claims to change.", id -> {
            change(id, a -> dueDate, Assignment::getPriority);
            return dueDate == null ? "no due date" : "due " + dueDate;
        });
    }

    /** Changes part of an existing assignment, recorded in the claim's history like any assignment. */
    private void change(long claimId, Function<Assignment, LocalDate> dueDate, Function<Assignment, Priority> priority) {
        ClaimDetails claim = workflow.current(claimId); // another team's claim: "not found"
        Assignment a = assignments.findById(claimId).orElseThrow(() -> new InputRejectedException("assignee",
                "not assigned: assign the claim first."));
        if (claim.status() == ClaimStatus.VERIFIED) {
            throw new InputRejectedException("status", "This claim is verified; reopen it before changing its assignment.");
        }
        String before = a.summary();
        String actor = currentUser.name();
        Instant now = clock.instant();
        // the assignee is kept, so nobody new is told: the change shows in their queue
        a.set(a.getAssignee(), dueDate.apply(a), priority.apply(a), actor, now);
        Assignment saved = assignments.saveAndFlush(a);
        record(claim, "ASSIGNED", before, saved.summary(), actor, now);
        queueChanged(saved.getAssignee(), "CHANGED");
    }

    /**
     * The signed-in user's open work: their assigned claims not yet verified in the teams they are in, by due date
     * (none last), then priority; overdue ones are marked. At most {@value #MAX_QUEUE_ITEMS}, the soonest due.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.ANY_STAFF)
    public List<QueueItem> myQueue() {
        TeamScope scope = teamAccess.scope();
        if (!scope.all() && scope.teamIds().isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        return assignments.openQueueRows(currentUser.name(), scope.all(), scope.teamIdsForSql(), MAX_QUEUE_ITEMS).stream().map(r -> {
            LocalDate due = r[5] == null ? null : r[5] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) r[5];
            return new QueueItem(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                    ClaimStatus.valueOf((String) r[4]), due, Priority.valueOf((String) r[6]),
                    due != null && due.isBefore(today));
        }).toList();
    }

    /** The claim after this one in the signed-in user's queue (the first when this one is not in it). */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.ANY_STAFF)
    public Optional<Long> nextInMyQueue(long currentClaimId) {
        return neighbourInMyQueue(currentClaimId, 1);
    }

    /** The claim before this one in the signed-in user's queue (the last when this one is not in it). */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.ANY_STAFF)
    public Optional<Long> previousInMyQueue(long currentClaimId) {
        return neighbourInMyQueue(currentClaimId, -1);
    }

    /** The claim {@code step} places from this one in the queue; from outside it, the first (forwards) or last. */
    private Optional<Long> neighbourInMyQueue(long currentClaimId, int step) {
        List<QueueItem> queue = myQueue();
        for (int i = 0; i < queue.size(); i++) {
            if (queue.get(i).claimId() == currentClaimId) {
                int j = i + step;
                return j >= 0 && j < queue.size() ? Optional.of(queue.get(j).claimId()) : Optional.empty();
            }
        }
        return queue.isEmpty() ? Optional.empty()
                : Optional.of((step > 0 ? queue.getFirst() : queue.getLast()).claimId());
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
