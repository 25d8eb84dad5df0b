package org.claimdesk.claim;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Root;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.query.QueryUtils;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs claim searches so that neither a page nor its count reads the whole table: full text (tsvector, GIN,
 * websearch_to_tsquery, ts_rank) on PostgreSQL, like per word on H2 ({@link ClaimSpecifications}); a count stops at
 * {@link #COUNT_CAP} + 1 rows, and no page beyond the cap is served (an offset that deep reads and throws away every
 * row before it). Runs inside the caller's (ClaimService's) transaction.
 */
@Component
class ClaimSearch {

    /** Counts stop here: past it a list says "10,000+ claims" and serves no deeper page. */
    static final int COUNT_CAP = 10_000;

    /** The cap this instance applies; tests lower it to see a capped count without 10,001 claims. */
    int cap = COUNT_CAP;

    @PersistenceContext
    private EntityManager em;

    private Boolean fullText;

    /** True on PostgreSQL (full-text search), false on H2 (the like fallback). */
    boolean fullText() {
        if (fullText == null) {
            fullText = em.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class).getJdbcServices()
                    .getDialect() instanceof PostgreSQLDialect;
        }
        return fullText;
    }

    /**
     * The claims of one page, their articles fetched with them. With {@code rankBy} (full text only) the best
     * matches come first; otherwise {@code order}.
     */
    List<Claim> page(Specification<Claim> spec, String rankBy, Sort order, int offset, int size) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Claim> query = cb.createQuery(Claim.class);
        Root<Claim> root = query.from(Claim.class);
        root.fetch("article");
        query.select(root).where(spec.toPredicate(root, query, cb));
        List<Order> orders = new ArrayList<>();
        if (rankBy != null && fullText()) {
            orders.add(cb.desc(cb.function(ClaimSearchFunctions.RANK, Double.class, root.get("id"), ClaimSpecifications.bound(cb, rankBy))));
            orders.add(cb.asc(root.get("id")));
        } else {
            orders.addAll(QueryUtils.toOrders(order, root, cb));
        }
        query.orderBy(orders);
        return em.createQuery(query).setFirstResult(offset).setMaxResults(size).getResultList();
    }

    /** How many claims match, counted up to the cap: ids are read up to cap + 1 and no further. */
    ClaimCount count(Specification<Claim> spec) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Claim> root = query.from(Claim.class);
        query.select(root.get("id")).where(spec.toPredicate(root, query, cb));
        int found = em.createQuery(query).setMaxResults(cap + 1).getResultList().size();
        return found > cap ? new ClaimCount(cap, true) : new ClaimCount(found, false);
    }
}
