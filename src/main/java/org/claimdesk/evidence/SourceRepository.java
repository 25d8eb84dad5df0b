package org.claimdesk.evidence;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface SourceRepository extends JpaRepository<Source, Long> {

    List<Source> findByClaimIdOrderByAddedAtAscIdAsc(long claimId);

    long countByClaimId(long claimId);
}
