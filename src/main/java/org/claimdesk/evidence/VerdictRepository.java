package org.claimdesk.evidence;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;

interface VerdictRepository extends JpaRepository<Verdict, Long> {

    /**
     * The claim ids of verdicts awaiting approval in these teams (all when {@code allTeams}) that someone other than
     * {@code author} wrote, oldest decision first, at most {@code limit}: one query that walks the verdicts by
     * decision time (V21's index of pending verdicts: a verdict awaiting approval has none yet) and stops after a page. It reads the claim and article tables for the status and
     * the team (the evidence module's one SQL look at them, as the review module's team board does), instead of
     * passing every awaiting claim's id in an IN list (40,000 at 1M claims: issue 11).
     * {@code teamIds}: {@link org.claimdesk.security.TeamScope#teamIdsForSql}.
     */
    @Query(value = """
            select v.claim_id
            from verdict v join claim c on c.id = v.claim_id join article ar on ar.id = c.article_id
            where v.approved_at is null and c.status = 'AWAITING_APPROVAL' and v.author <> :author
              and (:allTeams = true or ar.team_id in (:teamIds))
            order by v.decided_at, v.claim_id
            limit :limit""", nativeQuery = true)
    List<Long> awaitingApprovalBySomeoneElse(@Param("author") String author, @Param("allTeams") boolean allTeams,
                                             @Param("teamIds") Collection<Long> teamIds, @Param("limit") int limit);
}
