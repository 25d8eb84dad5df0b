package org.claimdesk.review;

/**
 * One reviewer's row of the team board: their claims of the team that are open (not verified), open and overdue,
 * and verified this week. {@code member} is false for someone who still has work of the team but has left it.
 */
public record ReviewerLoad(String reviewer, String displayName, long open, long overdue, long doneThisWeek,
                           boolean member) {
}
