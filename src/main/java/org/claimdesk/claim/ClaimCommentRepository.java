package org.claimdesk.claim;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface ClaimCommentRepository extends JpaRepository<ClaimComment, Long> {

    List<ClaimComment> findByClaimIdOrderByAtAscIdAsc(long claimId);
}
