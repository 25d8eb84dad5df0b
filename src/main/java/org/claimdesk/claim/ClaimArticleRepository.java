package org.claimdesk.claim;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface ClaimArticleRepository extends JpaRepository<ClaimArticle, Long> {

    @Query("select a from ClaimArticle a where lower(a.title) like lower(concat('%', :title, '%')) order by a.title, a.id")
    List<ClaimArticle> findByTitle(String title, Pageable pageable);

    @Query("select a from ClaimArticle a where lower(a.title) like lower(concat('%', :title, '%')) and a.teamId in :teamIds order by a.title, a.id")
    List<ClaimArticle> findByTitleInTeams(String title, java.util.Collection<Long> teamIds, Pageable pageable);

    /** The article text, read only where a claim is shown in context (it can be large). */
    @Query(value = "select full_text from article where id = :id", nativeQuery = true)
    String findTextById(long id);
}
