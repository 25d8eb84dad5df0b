package org.claimdesk.claim;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface ClaimLinkRepository extends JpaRepository<ClaimLink, Long> {

    @Query("select l from ClaimLink l where l.fromClaimId = :claimId or l.toClaimId = :claimId order by l.createdAt, l.id")
    List<ClaimLink> findTouching(long claimId);

    /** Every link touching any of these claims: suggestion checks its pairs against them in memory. */
    @Query("select l from ClaimLink l where l.fromClaimId in :claimIds or l.toClaimId in :claimIds")
    List<ClaimLink> findTouchingAny(java.util.Collection<Long> claimIds);

    /** Re-points the links of a merged-away claim; a link that would join the merged claim with itself goes. */
    @Modifying(flushAutomatically = true)
    @Query("delete from ClaimLink l where (l.fromClaimId = :from and l.toClaimId = :into) or (l.fromClaimId = :into and l.toClaimId = :from)")
    int deleteBetween(long from, long into);

    @Modifying(flushAutomatically = true)
    @Query("update ClaimLink l set l.fromClaimId = :into where l.fromClaimId = :from")
    int moveFrom(long from, long into);

    @Modifying(flushAutomatically = true)
    @Query("update ClaimLink l set l.toClaimId = :into where l.toClaimId = :from")
    int moveTo(long from, long into);

    /** Links of the merged-away claim that the surviving claim already has (same other claim and type). */
    @Modifying(flushAutomatically = true)
    @Query("delete from ClaimLink l where l.id in (select d.id from ClaimLink d, ClaimLink k where "
            + "((d.fromClaimId = :from and ((k.fromClaimId = :into and k.toClaimId = d.toClaimId) or (k.toClaimId = :into and k.fromClaimId = d.toClaimId))) "
            + "or (d.toClaimId = :from and ((k.fromClaimId = :into and k.toClaimId = d.fromClaimId) or (k.toClaimId = :into and k.fromClaimId = d.fromClaimId)))) "
            + "and k.type = d.type)")
    int deleteDuplicates(long from, long into);

    default void moveLinks(long from, long into) {
        deleteBetween(from, into);
        deleteDuplicates(from, into);
        moveFrom(from, into);
        moveTo(from, into);
    }

    boolean existsByFromClaimIdAndToClaimIdAndType(long fromClaimId, long toClaimId, LinkType type);

    /** Whether the two claims are linked with this type, in either direction. */
    default boolean existsBetween(long oneClaimId, long otherClaimId, LinkType type) {
        return existsByFromClaimIdAndToClaimIdAndType(oneClaimId, otherClaimId, type)
                || existsByFromClaimIdAndToClaimIdAndType(otherClaimId, oneClaimId, type);
    }
}
