package org.claimdesk.claim;

import jakarta.persistence.criteria.Predicate;
import org.claimdesk.security.TeamScope;
import org.springframework.data.jpa.domain.Specification;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Turns a ClaimFilter into a database query, so that filtering happens in SQL, never in memory. */
final class ClaimSpecifications {

    private ClaimSpecifications() {
    }

    static Specification<Claim> matching(ClaimFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (filter.query() != null && !filter.query().isBlank()) {
                for (String word : filter.query().strip().toLowerCase(Locale.ROOT).split("\\s+")) {
                    String pattern = "%" + escapeLike(word) + "%";
                    where.add(cb.or(
                            cb.like(cb.lower(root.get("text")), pattern, '\\'),
                            cb.like(cb.lower(root.get("claimant")), pattern, '\\')));
                }
            }
            if (filter.status() != null) {
                where.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.type() != null) {
                where.add(cb.equal(root.get("type"), filter.type()));
            }
            if (filter.articleId() != null) {
                where.add(cb.equal(root.get("articleId"), filter.articleId()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    /** The claims a bulk reader asked for, after {@code afterId} (keyset paging by id). */
    static Specification<Claim> selecting(ClaimSelection s, long afterId) {
        Specification<Claim> textAndType = matching(new ClaimFilter(s.query(), null, s.type(), s.articleId()));
        Specification<Claim> rest = (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(cb.greaterThan(root.get("id"), afterId));
            if (!s.statuses().isEmpty()) {
                where.add(root.get("status").in(s.statuses()));
            }
            if (s.teamId() != null) {
                where.add(cb.equal(root.get("article").get("teamId"), s.teamId()));
            }
            if (s.createdFrom() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("createdAt"), s.createdFrom()));
            }
            if (s.createdBefore() != null) {
                where.add(cb.lessThan(root.get("createdAt"), s.createdBefore()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
        return textAndType.and(rest);
    }

    /** Claims of articles of the teams in scope (admins: all claims). */
    static Specification<Claim> inTeams(TeamScope scope) {
        return (root, query, cb) -> {
            if (scope.all()) {
                return cb.conjunction();
            }
            if (scope.teamIds().isEmpty()) {
                return cb.disjunction();
            }
            return root.get("article").get("teamId").in(scope.teamIds());
        };
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
