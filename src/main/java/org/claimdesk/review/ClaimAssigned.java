package org.claimdesk.review;

/** A claim was assigned (or reassigned) to someone; they are told after commit. */
public record ClaimAssigned(long claimId, Long teamId, String assignee, String by) {
}
