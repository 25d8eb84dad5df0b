package org.claimdesk.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A team's board: a row per reviewer (members by name, then anyone who left with work of the team). Overdue is
 * counted against {@code today}; "done this week" since {@code weekStartsAt} (Monday 00:00).
 */
public record TeamBoardDetails(long teamId, String teamName, LocalDate today, Instant weekStartsAt,
                               List<ReviewerLoad> reviewers) {
}
