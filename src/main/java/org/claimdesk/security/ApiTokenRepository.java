package org.claimdesk.security;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    /** The token with this hash and its owner (roles come eagerly): one look-up per API request. */
    @Query("select t from ApiToken t join fetch t.owner where t.tokenHash = :hash")
    Optional<ApiToken> findByHash(@Param("hash") String hash);

    @Query("select t from ApiToken t where t.owner.username = :username order by t.createdAt desc, t.id desc")
    List<ApiToken> findByOwner(@Param("username") String username);

    @Query("select count(t) from ApiToken t where t.owner.username = :username and t.revokedAt is null")
    long countUnrevoked(@Param("username") String username);

    /**
     * Records a use unless one was recorded since {@code since}: at most one write a minute per token, and
     * without the entity's version, so that it never makes an owner's revocation a stale save.
     */
    @Modifying
    @Query("update ApiToken t set t.lastUsedAt = :at where t.id = :id and (t.lastUsedAt is null or t.lastUsedAt < :since)")
    int markUsed(@Param("id") long id, @Param("at") Instant at, @Param("since") Instant since);
}
