package org.claimdesk.evidence;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;

interface VerdictRepository extends JpaRepository<Verdict, Long> {

    /** The verdicts of these claims by someone else, oldest decision first, at most {@code limit}. */
    List<Verdict> findByClaimIdInAndAuthorNotOrderByDecidedAtAscClaimIdAsc(Collection<Long> claimIds, String author,
                                                                          Limit limit);
}
