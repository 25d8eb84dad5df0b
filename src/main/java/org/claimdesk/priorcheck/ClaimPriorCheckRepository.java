package org.claimdesk.priorcheck;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface ClaimPriorCheckRepository extends JpaRepository<ClaimPriorCheck, Long> {

    List<ClaimPriorCheck> findByClaimIdOrderByIdAsc(long claimId);

    Optional<ClaimPriorCheck> findByClaimIdAndPriorCheckId(long claimId, long priorCheckId);
}
