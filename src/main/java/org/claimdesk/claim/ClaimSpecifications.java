package org.claimdesk.claim;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.claimdesk.security.TeamScope;
import org.hibernate.query.criteria.HibernateCriteriaBuilder;
import org.springframework.data.jpa.domain.Specification;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Turns a ClaimFilter into a database query, so that filtering happens in SQL, never in memory. */
final class ClaimSpecifications {

    private ClaimSpecifications() {
    }

    /**
     * The claims matching the filter. {@code fullText} (PostgreSQL): the query is websearch syntax over the claimant,
     * the claim text and the article title (words, "a phrase", -excluded, or), stemmed ('english'), through the GIN
     * index. Otherwise (H2) every word must appear in one of the three, case-insensitive (like '%word%'); quotes are
     * ignored and a word starting with '-' must not appear.
     */
    static Specification<Claim> matching(ClaimFilter filter, boolean fullText) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (filter.hasQuery()) {
                where.add(fullText ? fullTextMatch(root, cb, filter.query()) : wordsLike(root, cb, filter.query()));
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
            if (filter.rating() != null) {
                where.add(hasRating(root, cb, filter.rating()));
            }
            if (filter.verdictWeek() != null) {
                where.add(verdictIn(root, cb, filter.verdictWeek()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    /**
     * The claim's verdict has this rating. The verdict table belongs to the evidence module, which depends on this
     * one, so it is named in SQL (its key is the claim's id) rather than mapped here; the dashboard links here.
     */
    private static Predicate hasRating(Root<Claim> root, CriteriaBuilder cb, String rating) {
        HibernateCriteriaBuilder hcb = (HibernateCriteriaBuilder) cb;
        return cb.isTrue(hcb.sql("exists (select 1 from verdict v where v.claim_id = ? and v.rating = ?)", Boolean.class,
                root.get("id"), cb.literal(rating)));
    }

    /** The claim's verdict was given in the week starting that Monday (UTC), the verdict table named as above. */
    private static Predicate verdictIn(Root<Claim> root, CriteriaBuilder cb, java.time.LocalDate monday) {
        HibernateCriteriaBuilder hcb = (HibernateCriteriaBuilder) cb;
        java.time.Instant from = monday.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        return cb.isTrue(hcb.sql("exists (select 1 from verdict v where v.claim_id = ? and v.decided_at >= ? "
                + "and v.decided_at < ?)", Boolean.class, root.get("id"), cb.literal(from),
                cb.literal(from.plus(java.time.Duration.ofDays(7)))));
    }

    /** The claims a bulk reader asked for, after {@code afterId} (keyset paging by id); the query as in the list. */
    static Specification<Claim> selecting(ClaimSelection s, long afterId, boolean fullText) {
        Specification<Claim> textAndType = matching(new ClaimFilter(s.query(), null, s.type(), s.articleId()), fullText);
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

    /** See {@link ClaimSearchFunctions}: {@code search_vector @@ websearch_to_tsquery('english', ?)}. */
    private static Predicate fullTextMatch(Root<Claim> root, CriteriaBuilder cb, String text) {
        return cb.isTrue(cb.function(ClaimSearchFunctions.MATCH, Boolean.class, root.get("id"), bound(cb, text.strip())));
    }

    /**
     * The text as a bind parameter: Hibernate writes a criteria literal into the SQL itself (quotes doubled), which
     * is safe but makes every search a new statement to plan; a parameter keeps one statement.
     */
    static jakarta.persistence.criteria.Expression<String> bound(CriteriaBuilder cb, String text) {
        return ((HibernateCriteriaBuilder) cb).value(text);
    }

    /** The H2 fallback: each word in the claim text, the claimant or the article title; "-word": in none of them. */
    private static Predicate wordsLike(Root<Claim> root, CriteriaBuilder cb, String text) {
        List<Predicate> words = new ArrayList<>();
        for (String word : text.replace("\"", " ").strip().toLowerCase(Locale.ROOT).split("\\s+")) {
            boolean excluded = word.length() > 1 && word.startsWith("-");
            String w = excluded ? word.substring(1) : word;
            if (w.isEmpty()) {
                continue;
            }
            String pattern = "%" + escapeLike(w) + "%";
            Predicate anywhere = cb.or(
                    cb.like(cb.lower(root.get("text")), pattern, '\\'),
                    cb.like(cb.lower(root.get("claimant")), pattern, '\\'),
                    cb.like(cb.lower(root.get("article").get("title")), pattern, '\\'));
            words.add(excluded ? cb.not(anywhere) : anywhere);
        }
        return cb.and(words.toArray(Predicate[]::new));
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
