package org.claimdesk.dashboard;

import java.time.LocalDate;

/** The verdicts given in the week starting on Monday {@code weekStart}. */
public record WeekCount(LocalDate weekStart, long verdicts) {
}
