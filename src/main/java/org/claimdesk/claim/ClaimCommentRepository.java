package org.claimdesk.claim;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface ClaimCommentRepository extends JpaRepository<ClaimComment, Long> {

    List<ClaimComment> findByClaimIdOrderByAtAscIdAsc(long claimId);

    @Modifying(flushAutomatically = true)
    @Query("update ClaimComment c set c.claimId = :into where c.claimId = :from")
    int moveComments(long from, long into);
}
