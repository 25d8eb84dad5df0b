package org.claimdesk.dashboard;

import org.claimdesk.claim.ClaimStatus;
import org.claimdesk.evidence.Rating;
import org.claimdesk.evidence.RatingLabelDetails;
import org.claimdesk.evidence.RatingScale;
import org.claimdesk.security.Role;
import org.claimdesk.security.TeamAccess;
import org.claimdesk.security.TeamScope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The dashboard's figures for the signed-in user's teams (admins: all teams), in a fixed number of statements per
 * call whatever the number of claims: the team scope, the rating scale, and one aggregate query per figure
 * (status, rating, articles, reviewers, verdict times, unassigned, weeks) — 9 in all.
 */
@Service
public class DashboardService {

    /** The articles whose progress is shown, the most recently imported first. */
    public static final int ARTICLES = 10;
    /** The reviewers shown, those with the most open work first. */
    public static final int REVIEWERS = 20;
    /** The medians are taken over this many of the latest verdicts: recent pace, and a bounded read. */
    public static final int MEDIAN_SAMPLE = 1_000;
    /** The unassigned count stops here, like the team board's. */
    public static final int UNASSIGNED_CAP = 10_000;
    /** Verdicts per week: this week and the ones before it. */
    public static final int WEEKS = 8;

    private final DashboardQueries queries;
    private final TeamAccess teamAccess;
    private final RatingScale ratingScale;
    private final Clock clock;
    private final FiguresCache<CacheKey, DashboardFigures> recent;

    /** One team set's figures on one day (the weeks and "overdue" turn at midnight). */
    private record CacheKey(boolean all, List<Long> teamIds, LocalDate today) {
    }

    DashboardService(DashboardQueries queries, TeamAccess teamAccess, RatingScale ratingScale, Clock clock,
                     @Value("${claimdesk.dashboard.fresh-for:PT30S}") Duration freshFor) {
        this.queries = queries;
        this.teamAccess = teamAccess;
        this.ratingScale = ratingScale;
        this.clock = clock;
        this.recent = new FiguresCache<>(freshFor, clock);
    }

    /**
     * The figures of the signed-in user's teams, at most {@code claimdesk.dashboard.fresh-for} old (30 s; the same
     * team set shares them), since counting them reads every claim of the teams.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.ANY_STAFF)
    public DashboardFigures figures() {
        TeamScope scope = teamAccess.scope();
        LocalDate today = LocalDate.now(clock);
        CacheKey key = new CacheKey(scope.all(), scope.all() ? List.of() : scope.teamIds().stream().sorted().toList(), today);
        return recent.get(key, () -> count(scope, today));
    }

    private DashboardFigures count(TeamScope scope, LocalDate today) {
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<WeekCount> noWeeks = new ArrayList<>();
        for (int i = WEEKS - 1; i >= 0; i--) {
            noWeeks.add(new WeekCount(monday.minusWeeks(i), 0));
        }
        if (!scope.all() && scope.teamIds().isEmpty()) {
            return new DashboardFigures(true, statuses(Map.of()), List.of(), List.of(), List.of(), null, null, 0,
                    false, noWeeks);
        }
        boolean all = scope.all();
        var ids = scope.teamIdsForSql();

        Map<ClaimStatus, Long> byStatus = new EnumMap<>(ClaimStatus.class);
        for (Object[] r : queries.claimsByStatus(all, ids)) {
            byStatus.put(ClaimStatus.valueOf((String) r[0]), DashboardQueries.number(r[1]));
        }

        Map<Rating, Long> byRating = new EnumMap<>(Rating.class);
        for (Object[] r : queries.claimsByRating(all, ids)) {
            byRating.put(Rating.valueOf((String) r[0]), DashboardQueries.number(r[1]));
        }
        List<RatingCount> ratings = new ArrayList<>();
        for (RatingLabelDetails label : ratingScale.labels()) { // the scale's order, its labels and colours
            Long n = byRating.get(label.rating());
            if (n != null && n > 0) {
                ratings.add(new RatingCount(label.rating(), label.label(), label.color(), n));
            }
        }

        List<ArticleProgress> articles = queries.articleProgress(all, ids, ARTICLES).stream()
                .map(r -> new ArticleProgress(DashboardQueries.number(r[0]), (String) r[1],
                        DashboardQueries.number(r[3]), DashboardQueries.number(r[2]))).toList();

        Instant weekStart = monday.atStartOfDay(clock.getZone()).toInstant();
        List<ReviewerFigures> reviewers = queries.reviewerLoads(all, ids, today, weekStart, REVIEWERS).stream()
                .map(r -> new ReviewerFigures((String) r[0], r[1] == null ? (String) r[0] : (String) r[1],
                        DashboardQueries.number(r[2]), DashboardQueries.number(r[3]), DashboardQueries.number(r[4])))
                .toList();

        List<Duration> toVerdict = new ArrayList<>();
        List<Duration> toApproval = new ArrayList<>();
        for (Object[] r : queries.latestVerdictTimes(all, ids, MEDIAN_SAMPLE)) {
            Instant imported = DashboardQueries.instant(r[0]);
            toVerdict.add(Duration.between(imported, DashboardQueries.instant(r[1])));
            Instant approved = DashboardQueries.instant(r[2]);
            if (approved != null) {
                toApproval.add(Duration.between(imported, approved));
            }
        }

        long unassigned = queries.unassignedUpTo(all, ids, UNASSIGNED_CAP + 1);

        List<Instant> bounds = new ArrayList<>();
        for (WeekCount w : noWeeks) {
            bounds.add(w.weekStart().atStartOfDay(clock.getZone()).toInstant());
        }
        bounds.add(monday.plusWeeks(1).atStartOfDay(clock.getZone()).toInstant());
        long[] perWeek = queries.verdictsBetween(all, ids, bounds);
        List<WeekCount> weeks = new ArrayList<>();
        for (int i = 0; i < noWeeks.size(); i++) {
            weeks.add(new WeekCount(noWeeks.get(i).weekStart(), perWeek[i]));
        }

        return new DashboardFigures(false, statuses(byStatus), ratings, articles, reviewers, median(toVerdict),
                median(toApproval), Math.min(unassigned, UNASSIGNED_CAP), unassigned > UNASSIGNED_CAP, weeks);
    }

    /** Every status in workflow order, zero when there is none, so the chart always has the same bars. */
    private static List<StatusCount> statuses(Map<ClaimStatus, Long> counts) {
        List<StatusCount> out = new ArrayList<>();
        for (ClaimStatus s : ClaimStatus.values()) {
            out.add(new StatusCount(s, counts.getOrDefault(s, 0L)));
        }
        return out;
    }

    /** The middle value (the mean of the two middle ones for an even count); null for none. */
    static Duration median(List<Duration> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Duration> sorted = values.stream().sorted().toList();
        int mid = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(mid) : sorted.get(mid - 1).plus(sorted.get(mid)).dividedBy(2);
    }
}
