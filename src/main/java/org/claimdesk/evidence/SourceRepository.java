package org.claimdesk.evidence;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface SourceRepository extends JpaRepository<Source, Long> {

    List<Source> findByClaimIdOrderByCreatedAtAscIdAsc(long claimId);

    long countByClaimId(long claimId);

    List<Source> findByClaimIdInOrderByClaimIdAscCreatedAtAscIdAsc(java.util.Collection<Long> claimIds);

    @Modifying(flushAutomatically = true)
    @Query("update Source s set s.claimId = :into where s.claimId = :from")
    int moveSources(long from, long into);
}
