package org.claimdesk.review;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The team board's two queries, counted and ordered in the database. They read the claim module's
 * {@code claim}, the article module's {@code article} and the evidence module's {@code verdict} tables (see
 * package-info): plain SQL that runs on H2 and PostgreSQL alike.
 */
interface TeamBoardRepository extends Repository<Assignment, Long> {

    /**
     * Per assignee of the team's claims: [assignee, open, overdue, done since]. Open is not verified; overdue is
     * open with a due date before {@code today}; done is verified with its verdict approved at or after
     * {@code since} (a reopened claim is not verified, so its earlier approval does not count).
     */
    @Query(nativeQuery = true, value = """
            select a.assignee,
                   sum(case when c.status <> 'VERIFIED' then 1 else 0 end),
                   sum(case when c.status <> 'VERIFIED' and a.due_date < :today then 1 else 0 end),
                   sum(case when c.status = 'VERIFIED' and v.approved_at >= :since then 1 else 0 end)
            from assignment a
            join claim c on c.id = a.claim_id
            join article ar on ar.id = c.article_id
            left join verdict v on v.claim_id = c.id
            where ar.team_id = :teamId
            group by a.assignee
            """)
    List<Object[]> loadsOfTeam(long teamId, LocalDate today, Instant since);

    /**
     * One page of the team's claims that nobody is assigned and that are not verified: [id, text, claimant,
     * check-worthiness, status, article id, article title, article date], the most check-worthy first, then the
     * newest article (its publication date, or the day it was imported (created_at) when it has none), then text order.
     */
    @Query(nativeQuery = true, value = """
            select c.id, c.claim_text, c.claimant, c.check_worthiness, c.status, ar.id, ar.title,
                   coalesce(ar.published_at, cast(ar.created_at as date))
            from claim c
            join article ar on ar.id = c.article_id
            where ar.team_id = :teamId and c.status <> 'VERIFIED'
              and not exists (select 1 from assignment a where a.claim_id = c.id)
            order by c.check_worthiness desc, coalesce(ar.published_at, cast(ar.created_at as date)) desc,
                     ar.created_at desc, ar.id desc, c.start_offset, c.id
            limit :limit offset :offset
            """)
    List<Object[]> unassignedOfTeam(long teamId, int limit, long offset);

    /** How many of the team's claims are unassigned and not verified, counted up to {@code upTo} and no further. */
    @Query(nativeQuery = true, value = """
            select count(*) from (
                select 1
                from claim c
                join article ar on ar.id = c.article_id
                where ar.team_id = :teamId and c.status <> 'VERIFIED'
                  and not exists (select 1 from assignment a where a.claim_id = c.id)
                limit :upTo) capped
            """)
    long countUnassignedOfTeamUpTo(long teamId, int upTo);
}
