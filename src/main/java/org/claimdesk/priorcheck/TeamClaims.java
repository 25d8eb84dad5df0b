package org.claimdesk.priorcheck;

import jakarta.persistence.EntityManager;
import org.claimdesk.related.Candidate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The newest claims of one team as the related-claims finder sees them, for suggestions when prior checks are
 * imported. Known coupling (written down in package-info): read with native SQL over the claim module's
 * {@code claim} and {@code quantity} tables and the article module's {@code article} table, because the claim
 * module's service answers for the caller's teams, not for the one team a prior check belongs to.
 */
@Component
class TeamClaims {

    /** How many claims an import is compared with (the newest ones), as for an article's import. */
    static final int MAX_CANDIDATES = 2000;

    private final EntityManager em;

    TeamClaims(EntityManager em) {
        this.em = em;
    }

    List<Candidate> newest(long teamId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select c.id, c.article_id, c.claim_text, c.claimant from claim c
                        join article a on a.id = c.article_id
                        where a.team_id = :team order by c.id desc""")
                .setParameter("team", teamId).setMaxResults(MAX_CANDIDATES).getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(r -> ((Number) r[0]).longValue()).toList();
        Map<Long, List<Double>> values = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> quantities = em.createNativeQuery(
                        "select claim_id, normalized_value from quantity where claim_id in (:ids) order by claim_id, position")
                .setParameter("ids", ids).getResultList();
        for (Object[] q : quantities) {
            values.computeIfAbsent(((Number) q[0]).longValue(), k -> new ArrayList<>()).add(((Number) q[1]).doubleValue());
        }
        List<Candidate> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            long id = ((Number) r[0]).longValue();
            out.add(new Candidate(id, ((Number) r[1]).longValue(), (String) r[2], (String) r[3],
                    values.getOrDefault(id, List.of())));
        }
        return out;
    }
}
