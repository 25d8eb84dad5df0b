package org.claimdesk.priorcheck;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;
import java.util.Set;

interface PriorCheckRepository extends JpaRepository<PriorCheck, Long> {

    @Query("select p.reviewUrl from PriorCheck p where p.teamId = :teamId and p.reviewUrl in :urls")
    Set<String> findReviewUrlsInTeam(@Param("teamId") long teamId, @Param("urls") Collection<String> urls);

    /**
     * Prior checks of the given teams (or all, for admins) whose claim, claimant, outlet or rating contains the
     * pattern (a lower-case LIKE pattern with \ as escape), newest first.
     */
    @Query("""
            select p from PriorCheck p
            where (:all = true or p.teamId in :teams)
              and (lower(p.claimReviewed) like :pattern escape '\\'
                   or lower(coalesce(p.claimant, '')) like :pattern escape '\\'
                   or lower(coalesce(p.outlet, '')) like :pattern escape '\\'
                   or lower(coalesce(p.ratingLabel, '')) like :pattern escape '\\')
            order by p.importedAt desc, p.id desc""")
    Page<PriorCheck> search(@Param("all") boolean all, @Param("teams") Collection<Long> teams,
                            @Param("pattern") String pattern, Pageable page);

    /** The team's newest prior checks, for the finder when claims are imported. */
    List<PriorCheck> findByTeamIdOrderByIdDesc(long teamId, Pageable page);
}
