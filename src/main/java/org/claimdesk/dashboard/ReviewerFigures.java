package org.claimdesk.dashboard;

/**
 * One reviewer's work in the teams: open assignments (not verified), the overdue ones among them, and the claims
 * assigned to them that were approved since Monday 00:00 (as on the team board).
 */
public record ReviewerFigures(String reviewer, String displayName, long open, long overdue, long doneThisWeek) {
}
