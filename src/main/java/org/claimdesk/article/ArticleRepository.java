package org.claimdesk.article;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Optional;

interface ArticleRepository extends JpaRepository<Article, Long> {

    @Query("select a.id from Article a where a.contentHash = :hash")
    Optional<Long> findIdByContentHash(String hash);

    Page<Article> findByTitleContainingIgnoreCase(String title, Pageable pageable);

    long countByTitleContainingIgnoreCase(String title);
}
