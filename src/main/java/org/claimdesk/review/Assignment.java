package org.claimdesk.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.claimdesk.shared.Tracked;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** Who checks a claim, by when, how urgently. One per claim; reassigning changes it. */
@Entity
@Table(name = "assignment")
class Assignment extends Tracked {

    @Id
    @Column(name = "claim_id")
    private Long claimId;

    @Column(nullable = false, length = 60)
    private String assignee;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Priority priority;

    /** When the assignee was told this assignment is overdue; a new assignee or due date clears it. */
    @Column(name = "overdue_reminded_at")
    private Instant overdueRemindedAt;

    protected Assignment() {
    }

    Assignment(long claimId) {
        this.claimId = claimId;
    }

    void set(String assignee, LocalDate dueDate, Priority priority, String actor, Instant at) {
        if (!assignee.equals(this.assignee) || !Objects.equals(dueDate, this.dueDate)) {
            this.overdueRemindedAt = null;
        }
        this.assignee = assignee;
        this.dueDate = dueDate;
        this.priority = priority;
        touched(actor, at);
    }

    Long getClaimId() { return claimId; }
    String getAssignee() { return assignee; }
    LocalDate getDueDate() { return dueDate; }
    Priority getPriority() { return priority; }

    String summary() {
        return assignee + (dueDate == null ? "" : ", due " + dueDate) + ", " + priority;
    }
}
