package org.claimdesk.dashboard;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.List;

/**
 * The dashboard's aggregate queries, one statement each, scoped to teams by
 * {@code (:allTeams = true or ar.team_id in (:teamIds))} ({@link org.claimdesk.security.TeamScope#teamIdsForSql}).
 * Native SQL over other modules' tables (see package-info): no entity is loaded, so the cost does not grow with the
 * rows read into memory, only with what the database aggregates.
 */
@Component
class DashboardQueries {

    private static final String SCOPE = " (:allTeams = true or ar.team_id in (:teamIds)) ";

    @PersistenceContext
    private EntityManager em;

    /** [status, count]. */
    List<Object[]> claimsByStatus(boolean all, Collection<Long> teamIds) {
        return rows(scoped("""
                select c.status, count(*) from claim c join article ar on ar.id = c.article_id
                where""" + SCOPE + "group by c.status", all, teamIds));
    }

    /** [rating, count] over the claims that have a verdict (pending or approved). */
    List<Object[]> claimsByRating(boolean all, Collection<Long> teamIds) {
        return rows(scoped("""
                select v.rating, count(*) from verdict v join claim c on c.id = v.claim_id
                join article ar on ar.id = c.article_id
                where""" + SCOPE + "group by v.rating", all, teamIds));
    }

    /** [article id, title, total, verified] of the {@code limit} most recently imported articles, newest first. */
    List<Object[]> articleProgress(boolean all, Collection<Long> teamIds, int limit) {
        return rows(scoped("""
                select ar.id, ar.title, count(c.id), coalesce(sum(case when c.status = 'VERIFIED' then 1 else 0 end), 0)
                from (select ar.id, ar.title, ar.created_at from article ar where""" + SCOPE + """
                      order by ar.created_at desc, ar.id desc limit :limit) ar
                left join claim c on c.article_id = ar.id
                group by ar.id, ar.title, ar.created_at
                order by ar.created_at desc, ar.id desc""", all, teamIds).setParameter("limit", limit));
    }

    /**
     * [assignee, display name or null, open, overdue, done since] per assignee of the teams' claims, most open work
     * first, at most {@code limit} (the team board's definitions).
     */
    List<Object[]> reviewerLoads(boolean all, Collection<Long> teamIds, LocalDate today, Instant since, int limit) {
        return rows(scoped("""
                select a.assignee, max(u.display_name),
                       sum(case when c.status <> 'VERIFIED' then 1 else 0 end) open_count,
                       sum(case when c.status <> 'VERIFIED' and a.due_date < :today then 1 else 0 end),
                       sum(case when c.status = 'VERIFIED' and v.approved_at >= :since then 1 else 0 end)
                from assignment a
                join claim c on c.id = a.claim_id
                join article ar on ar.id = c.article_id
                left join verdict v on v.claim_id = c.id
                left join app_user u on u.username = a.assignee
                where""" + SCOPE + """
                group by a.assignee
                order by open_count desc, a.assignee
                limit :limit""", all, teamIds)
                .setParameter("today", today).setParameter("since", since).setParameter("limit", limit));
    }

    /**
     * [claim created, verdict decided, verdict approved or null] of the latest {@code limit} verdicts: the bounded
     * sample the medians are taken from in Java (a portable median over all rows would need window functions or
     * dialect-specific interval arithmetic).
     */
    List<Object[]> latestVerdictTimes(boolean all, Collection<Long> teamIds, int limit) {
        return rows(scoped("""
                select c.created_at, v.decided_at, v.approved_at
                from verdict v join claim c on c.id = v.claim_id join article ar on ar.id = c.article_id
                where""" + SCOPE + """
                order by v.decided_at desc, v.claim_id desc
                limit :limit""", all, teamIds).setParameter("limit", limit));
    }

    /** Claims not verified that nobody is assigned (the team board's unassigned list), counted up to {@code upTo}. */
    long unassignedUpTo(boolean all, Collection<Long> teamIds, int upTo) {
        Object n = scoped("""
                select count(*) from (
                    select 1 from claim c join article ar on ar.id = c.article_id
                    where""" + SCOPE + """
                      and c.status <> 'VERIFIED'
                      and not exists (select 1 from assignment a where a.claim_id = c.id)
                    limit :upTo) capped""", all, teamIds).setParameter("upTo", upTo).getSingleResult();
        return ((Number) n).longValue();
    }

    /** Verdicts decided in each interval [bounds[i], bounds[i+1]): one row with a sum per interval. */
    long[] verdictsBetween(boolean all, Collection<Long> teamIds, List<Instant> bounds) {
        StringBuilder sql = new StringBuilder("select ");
        for (int i = 0; i + 1 < bounds.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("coalesce(sum(case when v.decided_at >= :b").append(i)
                    .append(" and v.decided_at < :b").append(i + 1).append(" then 1 else 0 end), 0)");
        }
        sql.append(" from verdict v join claim c on c.id = v.claim_id join article ar on ar.id = c.article_id where")
                .append(SCOPE).append("and v.decided_at >= :b0 and v.decided_at < :b").append(bounds.size() - 1);
        Query q = scoped(sql.toString(), all, teamIds);
        for (int i = 0; i < bounds.size(); i++) {
            q.setParameter("b" + i, bounds.get(i));
        }
        Object[] row = (Object[]) q.getSingleResult();
        long[] out = new long[row.length];
        for (int i = 0; i < row.length; i++) {
            out[i] = number(row[i]);
        }
        return out;
    }

    private Query scoped(String sql, boolean all, Collection<Long> teamIds) {
        return em.createNativeQuery(sql).setParameter("allTeams", all).setParameter("teamIds", teamIds);
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query q) {
        return q.getResultList();
    }

    static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** A timestamp column comes back as Instant, OffsetDateTime or Timestamp depending on driver and settings. */
    static Instant instant(Object value) {
        return switch (value) {
            case null -> null;
            case Instant i -> i;
            case OffsetDateTime o -> o.toInstant();
            case ZonedDateTime z -> z.toInstant();
            case Timestamp t -> t.toInstant();
            default -> OffsetDateTime.parse(value.toString()).toInstant();
        };
    }
}
