package org.claimdesk.review;

import java.time.LocalDate;

/** A claim's assignment as shown and returned by the API. */
public record AssignmentDetails(long claimId, String assignee, LocalDate dueDate, Priority priority, long version) {
}
