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

    /** Counts stop here: past it a list says "10,000+ claims" and serves no deeper page ({@link #TEXT_CAP} with words). */
    static final int COUNT_CAP = 10_000;

    /** The cap this instance applies; tests lower it to see a capped count without 10,001 claims. */
    int cap = COUNT_CAP;

    /**
     * A search by words counts, pages and ranks at most this many matches (issue 11). Ranking reads every match's
     * vector: a common word matched 104,000 of 1M claims and its best-first page took 0.6-4.8 s, its count to
     * 10,001 0.1-0.8 s. Up to this many matches the best come first; beyond it the newest (an index walk that
     * stops after a page), and the list says to refine the search.
     */
    static final int TEXT_CAP = 1_000;

    /** The cap of a search with words: the lower of {@link #TEXT_CAP} and {@link #cap}. */
    int capFor(boolean hasText) {
        return hasText ? Math.min(cap, TEXT_CAP) : cap;
    }

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
        } else if (fullText()) {
            // the text sort by its indexed prefix (ClaimSearchFunctions.SORT_TEXT): ties beyond 200 characters by id
            for (Sort.Order o : order) {
                if (o.getProperty().equals(ClaimSort.TEXT.property)) {
                    var key = cb.function(ClaimSearchFunctions.SORT_TEXT, String.class, root.get("text"));
                    orders.add(o.isAscending() ? cb.asc(key) : cb.desc(key));
                } else {
                    orders.addAll(QueryUtils.toOrders(Sort.by(o), root, cb));
                }
            }
        } else {
            orders.addAll(QueryUtils.toOrders(order, root, cb));
        }
        query.orderBy(orders);
        return em.createQuery(query).setFirstResult(offset).setMaxResults(size).getResultList();
    }

    /** How many claims match, counted up to {@code cap}: ids are read up to cap + 1 and no further. */
    ClaimCount count(Specification<Claim> spec, int cap) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Claim> root = query.from(Claim.class);
        query.select(root.get("id")).where(spec.toPredicate(root, query, cb));
        int found = em.createQuery(query).setMaxResults(cap + 1).getResultList().size();
        return found > cap ? new ClaimCount(cap, true) : new ClaimCount(found, false);
    }
}
