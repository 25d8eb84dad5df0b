package org.claimdesk.dashboard;

import java.time.Duration;
import java.util.List;

/**
 * Everything the dashboard shows, for the signed-in user's teams.
 *
 * @param inNoTeam          the user is in no team (and no admin): every figure is empty
 * @param medianToVerdict   median time from a claim's import to its current verdict, over the latest
 *                          {@link DashboardService#MEDIAN_SAMPLE} verdicts; null when there is none
 * @param medianToApproval  the same to the verdict's approval; null when none was approved
 * @param unassigned        claims not verified that nobody is assigned, counted up to
 *                          {@link DashboardService#UNASSIGNED_CAP} (then {@code unassignedCapped})
 */
public record DashboardFigures(
        boolean inNoTeam,
        List<StatusCount> byStatus,
        List<RatingCount> byRating,
        List<ArticleProgress> articles,
        List<ReviewerFigures> reviewers,
        Duration medianToVerdict,
        Duration medianToApproval,
        long unassigned,
        boolean unassignedCapped,
        List<WeekCount> verdictsPerWeek) {

    public long totalClaims() {
        return byStatus.stream().mapToLong(StatusCount::count).sum();
    }
}
