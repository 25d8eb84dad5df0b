package org.claimdesk.claim;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface ClaimLinkRepository extends JpaRepository<ClaimLink, Long> {

    @Query("select l from ClaimLink l where l.fromClaimId = :claimId or l.toClaimId = :claimId order by l.createdAt, l.id")
    List<ClaimLink> findTouching(long claimId);

    boolean existsByFromClaimIdAndToClaimIdAndType(long fromClaimId, long toClaimId, LinkType type);
}
