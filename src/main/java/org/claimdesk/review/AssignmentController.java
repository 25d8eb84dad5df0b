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
 * {@code POST /api/v1/assignments} (bulk, a result per claim) and {@code GET /api/v1/me/queue}.
 */
@RestController
class AssignmentController {

    private final AssignmentService assignments;

    AssignmentController(AssignmentService assignments) {
        this.assignments = assignments;
    }

    record AssignBody(String assignee, LocalDate dueDate, Priority priority) {
    }

    record BulkBody(List<Long> claimIds, String assignee, LocalDate dueDate, Priority priority) {
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

    @GetMapping(path = "/api/v1/me/queue", produces = "application/json")
    List<QueueItem> myQueue() {
        return assignments.myQueue();
    }
}
