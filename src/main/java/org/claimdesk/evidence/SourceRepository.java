package org.claimdesk.evidence;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface SourceRepository extends JpaRepository<Source, Long> {

    List<Source> findByClaimIdOrderByCreatedAtAscIdAsc(long claimId);

    long countByClaimId(long claimId);

    List<Source> findByClaimIdInOrderByClaimIdAscCreatedAtAscIdAsc(java.util.Collection<Long> claimIds);

    /**
     * How many sources cite each domain, in these teams (all when {@code allTeams}; {@code teamIds} must not be
     * empty, pass -1 with allTeams): rows of domain and count. Reads the claim and article tables for the team, as
     * the approval queue does.
     */
    @Query(value = """
            select s.domain, count(*)
            from source s join claim c on c.id = s.claim_id join article ar on ar.id = c.article_id
            where (:allTeams = true or ar.team_id in (:teamIds))
            group by s.domain""", nativeQuery = true)
    List<Object[]> countByDomain(@org.springframework.data.repository.query.Param("allTeams") boolean allTeams,
                                 @org.springframework.data.repository.query.Param("teamIds") java.util.Collection<Long> teamIds);

    @Modifying(flushAutomatically = true)
    @Query("update Source s set s.claimId = :into where s.claimId = :from")
    int moveSources(long from, long into);
}
