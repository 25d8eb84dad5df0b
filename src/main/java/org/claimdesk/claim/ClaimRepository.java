package org.claimdesk.claim;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;

interface ClaimRepository extends JpaRepository<Claim, Long>, JpaSpecificationExecutor<Claim> {

    @EntityGraph(attributePaths = "article")
    List<Claim> findByArticleIdOrderByStartAsc(Long articleId);

    /**
     * The newest claims of the team's other articles (suggestions never cross teams) as [id, article id, text,
     * claimant]: plain values, since related-claim suggestion reads 2,000 of them on every import.
     */
    @Query("select c.id, c.articleId, c.text, c.claimant from Claim c where c.articleId <> :articleId "
            + "and c.article.teamId = :teamId order by c.id desc")
    List<Object[]> findRecentRowsOutside(long articleId, long teamId, org.springframework.data.domain.Pageable page);

    /** [claim id, normalized value] of these claims' figures, in figure order: one query for many claims. */
    @Query("select c.id, q.value from Claim c join c.quantities q where c.id in :ids order by c.id, q.position")
    List<Object[]> findQuantityValues(Collection<Long> ids);

    /** Ids only: the caller narrows them further (e.g. verdicts awaiting someone) before loading any claim. */
    @Query("select c.id from Claim c where c.status = :status")
    List<Long> findIdsByStatus(ClaimStatus status);

    @Query("select c.id from Claim c where c.status = :status and c.article.teamId in :teamIds")
    List<Long> findIdsByStatusInTeams(ClaimStatus status, Collection<Long> teamIds);

    @Query("select c.id from Claim c where c.id in :ids")
    List<Long> findExistingIds(Collection<Long> ids);

    @Query("select c.id from Claim c where c.id in :ids and c.article.teamId in :teamIds")
    List<Long> findExistingIdsInTeams(Collection<Long> ids, Collection<Long> teamIds);

    @EntityGraph(attributePaths = "article")
    List<Claim> findByIdIn(Collection<Long> ids);

    @Query("select c.articleId, count(c) from Claim c where c.articleId in :articleIds group by c.articleId")
    List<Object[]> countByArticleIds(Collection<Long> articleIds);
}
