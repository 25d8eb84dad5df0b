package org.claimdesk.review;

import org.claimdesk.shared.InputRejectedException;
import org.claimdesk.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

/**
 * {@code POST|GET|DELETE /api/v1/claims/{id}/assignment}, {@code POST /api/v1/claims/{id}/assignment/take},
 * {@code POST /api/v1/assignments} (bulk, a result per claim), the other bulk actions with a result per claim
 * ({@code POST /api/v1/assignments/priority}, {@code /api/v1/assignments/due-date}, {@code /api/v1/claims/reopen}),
 * {@code POST /api/v1/articles/{id}/assignment} (every claim of the article not yet verified) and
 * {@code GET /api/v1/me/queue}.
 */
@RestController
class AssignmentController {

    private final AssignmentService assignments;
    private final BulkReopen reopening;

    AssignmentController(AssignmentService assignments, BulkReopen reopening) {
        this.assignments = assignments;
        this.reopening = reopening;
    }

    record AssignBody(String assignee, LocalDate dueDate, Priority priority) {
    }

    record BulkBody(List<Long> claimIds, String assignee, LocalDate dueDate, Priority priority) {
    }

    record PriorityBody(List<Long> claimIds, Priority priority) {
    }

    record DueDateBody(List<Long> claimIds, LocalDate dueDate) {
    }

    record ReopenBody(List<Long> claimIds, String reason) {
    }

    @GetMapping(path = "/api/v1/claims/{id}/assignment", produces = "application/json")
    AssignmentDetails get(@PathVariable long id) {
        return assignments.of(id).orElseThrow(() -> new NotFoundException("Assignment of claim", id));
    }

    @PostMapping(path = "/api/v1/claims/{id}/assignment", consumes = "application/json", produces = "application/json")
    AssignmentDetails assign(@PathVariable long id, @RequestBody AssignBody body) {
        if (body == null) {
            throw new InputRejectedException("assignee", "Say who checks this claim.");
        }
        return assignments.assign(id, body.assignee(), body.dueDate(), body.priority());
    }

    @PostMapping(path = "/api/v1/claims/{id}/assignment/take", produces = "application/json")
    AssignmentDetails take(@PathVariable long id) {
        return assignments.take(id);
    }

    @DeleteMapping("/api/v1/claims/{id}/assignment")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unassign(@PathVariable long id) {
        assignments.unassign(id);
    }

    @PostMapping(path = "/api/v1/assignments", consumes = "application/json", produces = "application/json")
    List<BulkResult> bulk(@RequestBody BulkBody body) {
        if (body == null) {
            throw new InputRejectedException("claimIds", "Choose the claims to assign.");
        }
        return assignments.assignAll(body.claimIds(), body.assignee(), body.dueDate(), body.priority());
    }

    @PostMapping(path = "/api/v1/assignments/priority", consumes = "application/json", produces = "application/json")
    List<BulkResult> bulkPriority(@RequestBody PriorityBody body) {
        if (body == null) {
            throw new InputRejectedException("claimIds", "Choose the claims to change.");
        }
        return assignments.setPriorityAll(body.claimIds(), body.priority());
    }

    @PostMapping(path = "/api/v1/assignments/due-date", consumes = "application/json", produces = "application/json")
    List<BulkResult> bulkDueDate(@RequestBody DueDateBody body) {
        if (body == null) {
            throw new InputRejectedException("claimIds", "Choose the claims to change.");
        }
        return assignments.setDueDateAll(body.claimIds(), body.dueDate());
    }

    @PostMapping(path = "/api/v1/claims/reopen", consumes = "application/json", produces = "application/json")
    List<BulkResult> bulkReopen(@RequestBody ReopenBody body) {
        if (body == null) {
            throw new InputRejectedException("claimIds", "Choose the claims to reopen.");
        }
        return reopening.reopenAll(body.claimIds(), body.reason());
    }

    /** Assigns every claim of the article not yet verified; the body is that of a single assignment. */
    @PostMapping(path = "/api/v1/articles/{id}/assignment", consumes = "application/json",
            produces = "application/json")
    List<BulkResult> assignArticle(@PathVariable long id, @RequestBody AssignBody body) {
        if (body == null) {
            throw new InputRejectedException("assignee", "Say who checks these claims.");
        }
        return assignments.assignArticle(id, body.assignee(), body.dueDate(), body.priority());
    }

    @GetMapping(path = "/api/v1/me/queue", produces = "application/json")
    List<QueueItem> myQueue() {
        return assignments.myQueue();
    }
}
