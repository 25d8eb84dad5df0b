package org.claimdesk.export;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import org.claimdesk.evidence.Rating;
import org.claimdesk.evidence.RatingLabelDetails;
import org.claimdesk.evidence.Reliability;
import org.claimdesk.evidence.Stance;
import org.claimdesk.security.TeamScope;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The export's own read of a page of claims: three SQL statements whatever the page holds (the claims with their
 * article, verdict, assignment and publication in one row each; their figures; their sources with the publishers'
 * reliability), as plain values, with no entity loaded.
 * <p>
 * Why not the owning modules' batch reads (as before): they load entities (a claim with its article and figures,
 * sources, verdicts, assignments) and each checks the page's visibility again, twenty statements per page of 500;
 * the 100,000-claim export took 5× PostgreSQL's own COPY of the same rows and allocated 22 KB per row (bench
 * "export", issue 11). The scope here is the same: only claims of the teams in {@code scope}, and the selection
 * is {@code ClaimSpecifications.selecting}'s (statuses, type, article, team, created from/before; the text search
 * stays with the claim module, see {@link ExportRows}). Read-only; the caller owns the transaction.
 */
@Component
class ExportPageQuery {

    /** The claim and article columns, from {@code claim c join article a}. */
    private static final String CLAIM_COLUMNS = "c.id, c.claim_text, c.claimant, c.claimant_description, c.via,"
            + " c.claim_type, c.status, c.created_at, a.id as article_id, a.title, a.source_url, a.publisher,"
            + " a.published_at";

    /** The rest of a row, joined to the page's claims {@code k} (their columns first, as in CLAIM_COLUMNS). */
    private static final String JOINED = "select k.*, v.attribution, v.rating, v.rationale, v.author, v.decided_at,"
            + " v.approved_by, v.approved_at, g.assignee, p.claim_reviewed, p.state, p.slug from (%s) k"
            + " left join verdict v on v.claim_id = k.id"
            + " left join assignment g on g.claim_id = k.id"
            + " left join publication p on p.claim_id = k.id";

    @PersistenceContext
    private EntityManager em;

    /** The claims a selection holds after claim {@code afterId}, by id, at most {@code limit}, in the scope. */
    List<ExportRow> page(ExportFilter f, TeamScope scope, long afterId, int limit, Labels labels) {
        if (!scope.all() && scope.teamIds().isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("select ").append(CLAIM_COLUMNS)
                .append(" from claim c join article a on a.id = c.article_id where c.id > :after");
        Map<String, Object> params = new HashMap<>();
        params.put("after", afterId);
        sql.append(" and c.status in (:statuses)");
        params.put("statuses", f.statuses().stream().map(Enum::name).toList());
        if (f.type() != null) {
            sql.append(" and c.claim_type = :type");
            params.put("type", f.type().name());
        }
        if (f.articleId() != null) {
            sql.append(" and c.article_id = :article");
            params.put("article", f.articleId());
        }
        if (f.teamId() != null) {
            sql.append(" and a.team_id = :team");
            params.put("team", f.teamId());
        }
        if (f.from() != null) {
            sql.append(" and c.created_at >= :from");
            params.put("from", f.from().atStartOfDay(ZoneOffset.UTC).toInstant());
        }
        if (f.to() != null) {
            sql.append(" and c.created_at < :before");
            params.put("before", f.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        }
        if (!scope.all()) {
            sql.append(" and a.team_id in (:teams)");
            params.put("teams", scope.teamIds());
        }
        // The page's claims first, with the limit written out, then the joins: joined to the whole claim table
        // under a bound limit, PostgreSQL's generic plan merge-joined verdicts and assignments from their first
        // row on every page (270 ms a page at 1M claims, against 6 ms this way).
        sql.append(" order by c.id limit ").append(limit);
        Query q = em.createNativeQuery(JOINED.formatted(sql) + " order by k.id");
        params.forEach(q::setParameter);
        return complete(rows(q), labels);
    }

    /** These claims (already known to be visible: the claim module chose them), in the given order. */
    List<ExportRow> rows(List<Long> ids, Labels labels) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Query q = em.createNativeQuery(JOINED.formatted("select " + CLAIM_COLUMNS
                + " from claim c join article a on a.id = c.article_id where c.id in (:ids)"));
        q.setParameter("ids", ids);
        Map<Long, Object[]> byId = new HashMap<>();
        for (Object[] r : rows(q)) {
            byId.put(number(r[0]), r);
        }
        List<Object[]> ordered = new ArrayList<>(ids.size());
        ids.stream().map(byId::get).filter(r -> r != null).forEach(ordered::add);
        return complete(ordered, labels);
    }

    /** The rating scale's labels and the public base URL, read once per page by the caller. */
    record Labels(Map<Rating, RatingLabelDetails> byRating, String publicBaseUrl) {
    }

    private List<ExportRow> complete(List<Object[]> claims, Labels labels) {
        if (claims.isEmpty()) {
            return List.of();
        }
        List<Long> ids = claims.stream().map(r -> number(r[0])).toList();
        Map<Long, List<String>> figures = figures(ids);
        Map<Long, List<Object[]>> sources = sources(ids);
        List<ExportRow> out = new ArrayList<>(claims.size());
        for (Object[] r : claims) {
            long id = number(r[0]);
            out.add(row(r, figures.getOrDefault(id, List.of()), sources.getOrDefault(id, List.of()), labels));
        }
        return out;
    }

    private Map<Long, List<String>> figures(Collection<Long> ids) {
        Query q = em.createNativeQuery("select q.claim_id, q.text_as_written from quantity q where q.claim_id in (:ids)"
                + " order by q.claim_id, q.position");
        q.setParameter("ids", ids);
        Map<Long, List<String>> out = new HashMap<>();
        for (Object[] r : rows(q)) {
            out.computeIfAbsent(number(r[0]), k -> new ArrayList<>()).add((String) r[1]);
        }
        return out;
    }

    /** Per claim: url, title, publisher name, stance, published on, archived url, domain, reliability. */
    private Map<Long, List<Object[]>> sources(Collection<Long> ids) {
        Query q = em.createNativeQuery("select s.claim_id, s.url, s.title, s.publisher_name, s.stance, s.published_at,"
                + " s.archived_url, s.domain, pb.reliability from source s left join publisher pb on pb.domain = s.domain"
                + " where s.claim_id in (:ids) order by s.claim_id, s.created_at, s.id");
        q.setParameter("ids", ids);
        Map<Long, List<Object[]>> out = new LinkedHashMap<>();
        for (Object[] r : rows(q)) {
            out.computeIfAbsent(number(r[0]), k -> new ArrayList<>()).add(r);
        }
        return out;
    }

    private static ExportRow row(Object[] r, List<String> figures, List<Object[]> sourceRows, Labels labels) {
        String text = (String) r[1];
        String rating = (String) r[14];
        RatingLabelDetails label = rating == null ? null : labels.byRating().get(Rating.valueOf(rating));
        List<ExportSource> sources = new ArrayList<>(sourceRows.size());
        Set<String> supporting = new HashSet<>();
        for (Object[] s : sourceRows) {
            String reliability = s[8] == null ? Reliability.UNRATED.name() : (String) s[8];
            sources.add(new ExportSource((String) s[1], (String) s[2], (String) s[3], (String) s[4], date(s[5]),
                    (String) s[6], reliability));
            if (Stance.SUPPORTS.name().equals(s[4])) {
                supporting.add((String) s[7]); // independent outlets: distinct domains (EvidenceService.corroborationOf)
            }
        }
        String claimReviewed = (String) r[21];
        String state = (String) r[22];
        String slug = (String) r[23];
        return new ExportRow(number(r[0]), text, (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                figures, (String) r[6], number(r[8]), (String) r[9], (String) r[10], (String) r[11], date(r[12]),
                instant(r[7]),
                (String) r[13], rating,
                label == null ? null : label.label(),
                label == null ? null : label.score(),
                (String) r[15], (String) r[16], instant(r[17]), (String) r[18], instant(r[19]),
                sources, supporting.size(), (String) r[20],
                claimReviewed == null ? ClaimReviewed.shortForm(text) : claimReviewed,
                // only a page readers can open: an unpublished one is gone (410)
                slug == null || PublicationState.UNPUBLISHED.name().equals(state) ? null
                        : FactCheckUrls.urlOfSlug(labels.publicBaseUrl(), slug));
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query q) {
        return q.getResultList();
    }

    private static long number(Object o) {
        return ((Number) o).longValue();
    }

    /** A timestamp column as the driver gives it (PostgreSQL and H2 differ, and so do Hibernate versions). */
    private static Instant instant(Object o) {
        return switch (o) {
            case null -> null;
            case Instant i -> i;
            case OffsetDateTime t -> t.toInstant();
            case ZonedDateTime t -> t.toInstant();
            case Timestamp t -> t.toInstant();
            case java.time.LocalDateTime t -> t.toInstant(ZoneOffset.UTC);
            default -> throw new IllegalStateException("Not a timestamp: " + o.getClass());
        };
    }

    private static LocalDate date(Object o) {
        return switch (o) {
            case null -> null;
            case LocalDate d -> d;
            case java.sql.Date d -> d.toLocalDate();
            default -> throw new IllegalStateException("Not a date: " + o.getClass());
        };
    }
}
