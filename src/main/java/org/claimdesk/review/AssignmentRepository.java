package org.claimdesk.review;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

interface AssignmentRepository extends JpaRepository<Assignment, Long> {

    List<Assignment> findByAssignee(String assignee);

    /**
     * The assignee's open (not verified) assignments in the given teams (all teams when {@code allTeams}), by due
     * date (none last), then priority (HIGH first), then claim id: [claim id, text, claimant, article title, status,
     * due date, priority]. One query, at most {@code limit} rows, whatever the queue's length (issue 11: it was a
     * claim look-up per assignment). {@code teamIds}: {@link org.claimdesk.security.TeamScope#teamIdsForSql}.
     */
    @Query(value = """
            select a.claim_id, c.claim_text, c.claimant, ar.title, c.status, a.due_date, a.priority
            from assignment a join claim c on c.id = a.claim_id join article ar on ar.id = c.article_id
            where a.assignee = :assignee and c.status <> 'VERIFIED' and (:allTeams = true or ar.team_id in (:teamIds))
            order by a.due_date asc nulls last,
                     case a.priority when 'HIGH' then 0 when 'NORMAL' then 1 else 2 end, a.claim_id
            limit :limit""", nativeQuery = true)
    List<Object[]> openQueueRows(@Param("assignee") String assignee, @Param("allTeams") boolean allTeams,
                                 @Param("teamIds") java.util.Collection<Long> teamIds, @Param("limit") int limit);

    /** An overdue assignment nobody was told about yet: the claim, who has it, when it was due, the claim's team. */
    record Overdue(long claimId, String assignee, LocalDate dueDate, long teamId) {
    }

    /**
     * Open (not verified) assignments due before {@code today} whose assignee was not reminded. Reads the claim
     * and article tables for the status and the team (the review module's one SQL look at them; documented in
     * package-info).
     */
    @Query(value = """
            select a.claim_id as claimId, a.assignee as assignee, a.due_date as dueDate, ar.team_id as teamId
            from assignment a join claim c on c.id = a.claim_id join article ar on ar.id = c.article_id
            where a.due_date < :today and a.overdue_reminded_at is null and c.status <> 'VERIFIED'
            order by a.due_date, a.claim_id""", nativeQuery = true)
    List<Object[]> overdueRows(@Param("today") LocalDate today);

    default List<Overdue> overdueNotReminded(LocalDate today) {
        return overdueRows(today).stream().map(r -> new Overdue(((Number) r[0]).longValue(), (String) r[1],
                r[2] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) r[2], ((Number) r[3]).longValue())).toList();
    }

    /**
     * Marks the reminder sent, only if nobody did yet: 1 for the caller who wins, 0 for any other (another run or
     * another node), so each overdue assignment is told once. A bulk update: it leaves the version alone, so an
     * editor's open form does not go stale because of a reminder.
     */
    @Modifying
    @Query("update Assignment a set a.overdueRemindedAt = :at where a.claimId = :claimId and a.dueDate = :dueDate "
            + "and a.assignee = :assignee and a.overdueRemindedAt is null")
    int markReminded(@Param("claimId") long claimId, @Param("assignee") String assignee,
                     @Param("dueDate") LocalDate dueDate, @Param("at") Instant at);
}
